/** HTTP only: problem+json answers and JSON settings; periods and money live with the facts. */
@NullMarked
package io.gojichain.insights.web;

import org.jspecify.annotations.NullMarked;
