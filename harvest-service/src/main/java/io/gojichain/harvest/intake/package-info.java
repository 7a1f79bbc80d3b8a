/** The REST intake of harvests: request records, their rules, and the mapping to the contract event. */
@NullMarked
package io.gojichain.harvest.intake;

import org.jspecify.annotations.NullMarked;
