package io.gojichain.insights.facts;

/** A query parameter the endpoint cannot answer; becomes a 400 problem+json naming the parameter. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return this.parameter;
    }
}
