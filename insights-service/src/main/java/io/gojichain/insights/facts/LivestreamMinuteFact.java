package io.gojichain.insights.facts;

import java.time.Instant;

/** Sales of one livestream session in one minute (start of the minute, UTC). */
public record LivestreamMinuteFact(String livestreamId, Instant minute, long orders, long units) {}
