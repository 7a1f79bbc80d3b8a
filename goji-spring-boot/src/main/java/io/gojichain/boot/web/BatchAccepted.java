package io.gojichain.boot.web;

import io.gojichain.contracts.GojiEvent;
import java.util.List;
import java.util.UUID;

/**
 * The 202 body of a batch: every event was stored, in one transaction.
 *
 * @param accepted how many events were written
 * @param eventIds their ids, in request order
 */
public record BatchAccepted(int accepted, List<UUID> eventIds) {

    public static BatchAccepted of(List<? extends GojiEvent> events) {
        return new BatchAccepted(
                events.size(), events.stream().map(GojiEvent::eventId).toList());
    }
}
