package io.gojichain.sales.intake;

import java.util.List;
import java.util.UUID;

/**
 * The 202 body of a batch: all events were stored, in one transaction.
 *
 * @param eventIds in the order of the request
 */
record BatchAccepted(int accepted, List<UUID> eventIds) {}
