package io.gojichain.boot.web;

import java.io.IOException;

/**
 * A body over the byte limit or a batch over the item limit: answered 413. An {@link IOException} because the body
 * limit is hit while the JSON parser reads the stream; the advice finds it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int eventCount;

    /** A body over the byte limit: how many events it held is not known. */
    public PayloadTooLargeException(String message) {
        this(message, 1);
    }

    /**
     * @param eventCount how many events the rejected request held (for the rejection metric)
     */
    public PayloadTooLargeException(String message, int eventCount) {
        super(message, null);
        this.eventCount = eventCount;
    }

    public int eventCount() {
        return this.eventCount;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected client behaviour, not a bug: no stack trace to build or log.
        return this;
    }
}
