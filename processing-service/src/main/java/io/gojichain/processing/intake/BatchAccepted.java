package io.gojichain.processing.intake;

import java.util.List;
import java.util.UUID;

/** The 202 answer to a batch: how many events were published and their ids, in request order. */
public record BatchAccepted(int accepted, List<UUID> eventIds) {}
