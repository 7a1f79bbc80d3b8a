/** HTTP infrastructure: problem+json errors, strict JSON binding, the request body size limit. */
@NullMarked
package io.gojichain.boot.web;

import org.jspecify.annotations.NullMarked;
