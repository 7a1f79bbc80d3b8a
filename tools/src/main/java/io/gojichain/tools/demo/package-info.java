/**
 * {@code demo}: a reproducible goji season for Jinghe (harvests, processing, sales with planted
 * preference dynamics), posted through the ingest services' REST APIs, then checked against the
 * insights summary.
 */
@NullMarked
package io.gojichain.tools.demo;

import org.jspecify.annotations.NullMarked;
