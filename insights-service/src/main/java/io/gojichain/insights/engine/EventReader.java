package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.insights.engine.EngineMetrics.DeadLetterReason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads the raw bytes of one event topic into the contract record and checks the contract and the
 * engine's bounds. Parsing here rather than in a Serde keeps unreadable records away from the
 * deserialization exception handler: they go, untouched, to the dead-letter topic.
 */
final class EventReader<E extends GojiEvent> {

    private final EventType type;

    private final Class<E> eventClass;

    EventReader(EventType type, Class<E> eventClass) {
        this.type = type;
        this.eventClass = eventClass;
    }

    Read<E> read(byte[] value) {
        if (value == null || value.length == 0) {
            return Read.rejected(DeadLetterReason.UNREADABLE, "empty value");
        }
        E event;
        try {
            event = EventJson.mapper().readValue(value, this.eventClass);
        } catch (StreamReadException ex) {
            return Read.rejected(DeadLetterReason.UNREADABLE, "not JSON: " + ex.getOriginalMessage());
        } catch (JacksonException ex) {
            return Read.rejected(
                    DeadLetterReason.CONTRACT, "not a " + this.type.wireName() + " event: " + ex.getOriginalMessage());
        }
        String violation = (event == null) ? "JSON null" : ContractRules.check(event, this.type);
        return (violation == null) ? Read.accepted(event) : Read.rejected(DeadLetterReason.CONTRACT, violation);
    }
}
