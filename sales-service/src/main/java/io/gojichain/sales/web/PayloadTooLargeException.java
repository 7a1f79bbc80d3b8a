package io.gojichain.sales.web;

/** A body or a batch above the configured limits; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
