package io.gojichain.insights.signals;

import static io.gojichain.insights.signals.RuleFixtures.WEEK;
import static io.gojichain.insights.signals.RuleFixtures.WEEK_BEFORE;
import static io.gojichain.insights.signals.RuleFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelShiftRuleTests {

    private final ChannelShiftRule rule = new ChannelShiftRule(SignalThresholds.DEFAULTS);

    private static Map<Channel, DemandTotals> channels(String online, String livestream, String offline) {
        Map<Channel, DemandTotals> map = new EnumMap<>(Channel.class);
        map.put(Channel.ONLINE, totals(online, 10));
        map.put(Channel.LIVESTREAM, totals(livestream, 10));
        map.put(Channel.OFFLINE, totals(offline, 10));
        return map;
    }

    @Test
    void livestreamGainsFourteenPointsAndOfflineLosingExactlyTenIsNotAShift() {
        // totals 1000 both weeks. livestream 200 -> 342: 20.0 % -> 34.2 %, +14.2 points: a shift.
        // online 500 -> 458: -4.2 points. offline 300 -> 200: -10.0 points, not more than 10: no shift.
        List<Signal> signals =
                this.rule.apply(channels("458", "342", "200"), channels("500", "200", "300"), WEEK, WEEK_BEFORE);

        assertThat(signals).hasSize(1);
        Signal signal = signals.get(0);
        assertThat(signal.id()).isEqualTo("channel_shift:livestream:2026-09-08");
        assertThat(signal.severity()).isEqualTo(Severity.INFO);
        assertThat(signal.magnitude()).isEqualTo(new BigDecimal("0.1420"));
        assertThat(signal.sentence())
                .isEqualTo("Livestream sales rose from 20.0% to 34.2% of demand (feKg), +14.2 points week on week:"
                        + " plan stock for more livestream sessions");
        assertThat(signal.evidence())
                .isEqualTo(new ChannelShiftEvidence(
                        Channel.LIVESTREAM,
                        new BigDecimal("0.3420"),
                        new BigDecimal("0.2000"),
                        new BigDecimal("0.1420"),
                        new BigDecimal("342"),
                        new BigDecimal("200"),
                        new BigDecimal("1000"),
                        new BigDecimal("1000")));
        assertThat(signal.comparedTo()).isEqualTo(WEEK_BEFORE);
    }

    @Test
    void sharesOfDifferentTotals() {
        // now 300 online + 100 offline = 400: 75 % / 25 %; before 150 + 150 = 300: 50 % / 50 %
        Map<Channel, DemandTotals> now = new EnumMap<>(Channel.class);
        now.put(Channel.ONLINE, totals("300", 6));
        now.put(Channel.OFFLINE, totals("100", 2));
        Map<Channel, DemandTotals> before = new EnumMap<>(Channel.class);
        before.put(Channel.ONLINE, totals("150", 3));
        before.put(Channel.OFFLINE, totals("150", 3));

        List<Signal> signals = this.rule.apply(now, before, WEEK, WEEK_BEFORE);

        assertThat(signals)
                .extracting(Signal::sentence)
                .containsExactly(
                        "Online sales rose from 50.0% to 75.0% of demand (feKg), +25.0 points week on week:"
                                + " shift stock and promotion to online shops",
                        "Shop sales fell from 50.0% to 25.0% of demand (feKg), -25.0 points week on week:"
                                + " review prices and placement in shops");
        assertThat(((ChannelShiftEvidence) signals.get(1).evidence()).shareChange())
                .isEqualTo(new BigDecimal("-0.2500"));
    }

    @Test
    void needsFiveOrdersInEachPeriod() {
        Map<Channel, DemandTotals> now = new EnumMap<>(Channel.class);
        now.put(Channel.ONLINE, totals("300", 4));
        Map<Channel, DemandTotals> before = new EnumMap<>(Channel.class);
        before.put(Channel.OFFLINE, totals("150", 9));

        assertThat(this.rule.apply(now, before, WEEK, WEEK_BEFORE)).isEmpty();
    }
}
