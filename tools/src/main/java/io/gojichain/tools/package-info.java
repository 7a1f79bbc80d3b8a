/**
 * Command-line tools that drive a running stack from outside, through its public APIs only: the
 * season simulator ({@code demo}) and, beside it, the benchmark ({@code bench}). Shared here: the
 * entry point, option parsing and the progress display.
 */
@NullMarked
package io.gojichain.tools;

import org.jspecify.annotations.NullMarked;
