package io.gojichain.insights.facts;

/** The Streams stores cannot answer now (starting, rebalancing, restoring); try again shortly. */
public class InsightsNotReadyException extends RuntimeException {

    public InsightsNotReadyException(String message) {
        super(message);
    }
}
