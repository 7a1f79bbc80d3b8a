/** The REST intake of processing events: request shapes, the contract's rules, the controller. */
@NullMarked
package io.gojichain.processing.intake;

import org.jspecify.annotations.NullMarked;
