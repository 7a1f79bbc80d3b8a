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
            Sentence sentence = Sentence.of(
                    rose ? "signal.channel_shift.rose" : "signal.channel_shift.fell",
                    Sentence.term("channel.sales." + channel.wireName()),
                    Sentence.share(shareBefore),
                    Sentence.share(share),
                    Sentence.points(change),
                    DemandSurgeRule.comparison(period),
                    rose
                            ? Sentence.of("signal.channel_shift.action." + channel.wireName())
                            : Sentence.of(
                                    "signal.channel_shift.action.fell",
                                    Sentence.term("channel.place." + channel.wireName())));
            signals.add(new Signal(
                    SignalKind.CHANNEL_SHIFT.wireName() + ":" + channel.wireName() + ":" + period.from(),
                    SignalKind.CHANNEL_SHIFT,
                    List.of(Audience.PROCESSORS, Audience.SELLERS),
                    SentenceRenderer.ENGLISH.render(sentence),
                    new ChannelShiftEvidence(
                            channel, share, shareBefore, change, now, before, total.feKg(), totalBefore.feKg()),
                    period,
                    comparedTo,
                    Severity.INFO,
                    change.abs(),
                    sentence));
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
}
