/** HTTP plumbing: RFC 9457 problem details, the request body limit and the strict JSON binding. */
@NullMarked
package io.gojichain.processing.web;

import org.jspecify.annotations.NullMarked;
