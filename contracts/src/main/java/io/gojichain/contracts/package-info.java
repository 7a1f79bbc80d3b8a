/**
 * The wire contract of the goji chain: the four events, their value types, the topic catalogue
 * and the JSON mapper setup that every writer and reader uses. Records and configuration only.
 */
@NullMarked
package io.gojichain.contracts;

import org.jspecify.annotations.NullMarked;
