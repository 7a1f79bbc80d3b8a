package io.gojichain.harvest.web;

import java.io.IOException;

/**
 * A body over the byte limit or a batch over the item limit: answered 413. An {@link IOException} because the body
 * limit is hit while the JSON parser reads the stream; the advice finds it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(String message) {
        super(message, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected client behaviour, not a bug: no stack trace to build or log.
        return this;
    }
}
