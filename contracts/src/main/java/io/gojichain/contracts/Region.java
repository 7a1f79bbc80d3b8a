package io.gojichain.contracts;

/** Where berries grew. */
public record Region(String province, String county) {}
