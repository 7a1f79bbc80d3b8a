package io.gojichain.insights.engine;

import org.jspecify.annotations.Nullable;

/**
 * What the reader made of one record: the event, or the original bytes bound for the dead-letter
 * topic (the reason travels in the record's headers).
 */
record Read<E>(@Nullable E event, byte @Nullable [] rejected) {

    static <E> Read<E> accepted(E event) {
        return new Read<>(event, null);
    }

    static <E> Read<E> rejected(byte @Nullable [] original) {
        return new Read<>(null, original);
    }

    boolean isRejected() {
        return this.event == null;
    }
}
