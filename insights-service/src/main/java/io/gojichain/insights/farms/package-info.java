/** What each farm's and co-operative's berries earned in a period (docs/CONTRACT.md section 7). */
@NullMarked
package io.gojichain.insights.farms;

import org.jspecify.annotations.NullMarked;
