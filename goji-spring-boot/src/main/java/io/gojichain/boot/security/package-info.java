/**
 * Access (docs/CONTRACT.md section 5): API keys as opaque bearer tokens over a key file every service reads, the
 * roles of each path, the organisation an ingest key may post for, and 401/403 as problem+json.
 */
@NullMarked
package io.gojichain.boot.security;

import org.jspecify.annotations.NullMarked;
