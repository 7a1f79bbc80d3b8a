/**
 * Attribution of sales to the lots, farms and co-operatives whose berries they sold
 * (docs/CONTRACT.md section 7): exact shares, one rounding at the end.
 */
@NullMarked
package io.gojichain.insights.attribution;

import org.jspecify.annotations.NullMarked;
