package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code channel_shift}: a channel's share of all feKg sold moved by more than {@code channelShift}
 * (a fraction: 0.10 = 10 percentage points) on the period before; both periods need at least {@code
 * minOrders} orders. Compared exactly: {@code |c x P - p x T| > channelShift x T x P} with c, p the
 * channel's feKg and T, P the totals of the period and the one before.
 */
final class ChannelShiftRule {

    private final SignalThresholds thresholds;

    ChannelShiftRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(
            Map<Channel, DemandTotals> current, Map<Channel, DemandTotals> previous, Period period, Period comparedTo) {
        List<Signal> signals = new ArrayList<>();
        DemandTotals total = sum(current);
        DemandTotals totalBefore = sum(previous);
        if (total.feKg().signum() <= 0
                || totalBefore.feKg().signum() <= 0
                || total.orders() < this.thresholds.minOrders()
                || totalBefore.orders() < this.thresholds.minOrders()) {
            return signals;
        }
        BigDecimal totalProduct = total.feKg().multiply(totalBefore.feKg());
        for (Channel channel : Channel.values()) {
            BigDecimal now = current.getOrDefault(channel, DemandTotals.ZERO).feKg();
            BigDecimal before =
                    previous.getOrDefault(channel, DemandTotals.ZERO).feKg();
            BigDecimal crossDifference = now.multiply(totalBefore.feKg()).subtract(before.multiply(total.feKg()));
            if (crossDifference.abs().compareTo(this.thresholds.channelShift().multiply(totalProduct)) <= 0) {
                continue;
            }
            BigDecimal share = now.divide(total.feKg(), 4, RoundingMode.HALF_EVEN);
            BigDecimal shareBefore = before.divide(totalBefore.feKg(), 4, RoundingMode.HALF_EVEN);
            BigDecimal change = crossDifference.divide(totalProduct, 4, RoundingMode.HALF_EVEN);
            boolean rose = crossDifference.signum() > 0;
            String sentence = Wording.capitalized(Wording.channelSales(channel)) + (rose ? " rose" : " fell")
                    + " from " + Wording.share(shareBefore) + " to " + Wording.share(share)
                    + " of demand (feKg), " + Wording.points(change) + " points " + Wording.comparison(period) + ": "
                    + action(channel, rose);
            signals.add(new Signal(
                    SignalKind.CHANNEL_SHIFT.wireName() + ":" + channel.wireName() + ":" + period.from(),
                    SignalKind.CHANNEL_SHIFT,
                    List.of(Audience.PROCESSORS, Audience.SELLERS),
                    sentence,
                    new ChannelShiftEvidence(
                            channel, share, shareBefore, change, now, before, total.feKg(), totalBefore.feKg()),
                    period,
                    comparedTo,
                    Severity.INFO,
                    change.abs()));
        }
        return signals;
    }

    private static DemandTotals sum(Map<Channel, DemandTotals> byChannel) {
        DemandTotals total = DemandTotals.ZERO;
        for (DemandTotals totals : byChannel.values()) {
            total = total.plus(totals.feKg(), totals.orders());
        }
        return total;
    }

    private static String action(Channel channel, boolean rose) {
        if (!rose) {
            return "review prices and placement " + Wording.channelPlace(channel);
        }
        return switch (channel) {
            case LIVESTREAM -> "plan stock for more livestream sessions";
            case ONLINE -> "shift stock and promotion to online shops";
            case OFFLINE -> "shift stock to shops";
        };
    }
}
