/**
 * Recommendations for farmers, processors and sellers: one small rule per kind of signal, each with
 * the numbers behind its sentence.
 */
@NullMarked
package io.gojichain.insights.signals;

import org.jspecify.annotations.NullMarked;
