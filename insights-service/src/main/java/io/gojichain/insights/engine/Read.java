package io.gojichain.insights.engine;

import io.gojichain.insights.engine.EngineMetrics.DeadLetterReason;
import org.jspecify.annotations.Nullable;

/** What the reader made of one record: the event, or why it goes to the dead-letter topic. */
record Read<E>(@Nullable E event, @Nullable DeadLetterReason reason, String why) {

    static <E> Read<E> accepted(E event) {
        return new Read<>(event, null, "");
    }

    static <E> Read<E> rejected(DeadLetterReason reason, String why) {
        return new Read<>(null, reason, why);
    }
}
