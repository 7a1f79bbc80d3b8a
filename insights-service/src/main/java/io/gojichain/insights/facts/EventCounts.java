package io.gojichain.insights.facts;

/** Events counted so far (after de-duplication), per type. */
public record EventCounts(long harvested, long dried, long juiced, long sold) {}
