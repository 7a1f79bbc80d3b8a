/** What every insight endpoint shares: query periods and problem+json answers. */
@NullMarked
package io.gojichain.insights.web;

import org.jspecify.annotations.NullMarked;
