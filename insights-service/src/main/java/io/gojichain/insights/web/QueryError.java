package io.gojichain.insights.web;

/** One problem with a query: the parameter and what is wrong with it. */
public record QueryError(String field, String message) {}
