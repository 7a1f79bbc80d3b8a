/** HTTP concerns shared by the endpoints: strict JSON binding, body size limit, RFC 9457 errors. */
@NullMarked
package io.gojichain.sales.web;

import org.jspecify.annotations.NullMarked;
