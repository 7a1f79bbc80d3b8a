package io.gojichain.processing.web;

/** The body or the batch is bigger than the service accepts; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        // No stack trace: this is a client error raised on the hot path, possibly while streaming.
        super(message, null, false, false);
    }
}
