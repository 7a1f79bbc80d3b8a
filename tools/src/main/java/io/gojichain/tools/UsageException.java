package io.gojichain.tools;

/** A command line the tool cannot run; the message tells the user what to change. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
