package io.gojichain.contracts;

import org.jspecify.annotations.Nullable;

/** Where the buyer is. */
public record BuyerRegion(String province, @Nullable String city) {}
