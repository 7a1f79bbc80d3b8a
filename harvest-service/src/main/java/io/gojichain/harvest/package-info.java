/** harvest-service: the ingest gateway for {@code harvested} events (fresh berries picked on a farm). */
@NullMarked
package io.gojichain.harvest;

import org.jspecify.annotations.NullMarked;
