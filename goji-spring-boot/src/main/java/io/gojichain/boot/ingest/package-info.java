/** What defines an ingest service to the shared module: its endpoints and its {@code goji.*} settings. */
@NullMarked
package io.gojichain.boot.ingest;

import org.jspecify.annotations.NullMarked;
