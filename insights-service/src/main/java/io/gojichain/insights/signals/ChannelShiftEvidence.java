package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import java.math.BigDecimal;

/**
 * Evidence of {@code channel_shift}: the channel's share of all feKg sold.
 *
 * @param currentShare share in the period, 4 places
 * @param previousShare share in the period compared to, 4 places
 * @param shareChange current minus previous share (0.1420 = 14.2 percentage points), 4 places
 */
public record ChannelShiftEvidence(
        Channel channel,
        BigDecimal currentShare,
        BigDecimal previousShare,
        BigDecimal shareChange,
        BigDecimal currentFeKg,
        BigDecimal previousFeKg,
        BigDecimal currentTotalFeKg,
        BigDecimal previousTotalFeKg)
        implements Evidence {}
