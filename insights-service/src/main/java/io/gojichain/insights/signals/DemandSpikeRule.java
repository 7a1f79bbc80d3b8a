package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.SeriesForecast;
import io.gojichain.insights.forecast.Spike;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demand_spike}: each spike the forecast's detector flagged (one-step error above 3 x its
 * smoothed absolute error) on a day of the period, in a series of one form and one channel (a
 * livestream sell-out shows in its channel before it shows in the total). Magnitude: the error
 * relative to the larger of the expected value and the threshold, so a spike over a near-zero
 * expectation stays finite.
 */
final class DemandSpikeRule {

    List<Signal> apply(List<SeriesForecast> seriesByFormAndChannel, Period period) {
        List<Signal> signals = new ArrayList<>();
        for (SeriesForecast series : seriesByFormAndChannel) {
            Channel channel = series.channel();
            if (channel == null) {
                continue;
            }
            for (Spike spike : series.spikes()) {
                if (spike.date().isBefore(period.from()) || spike.date().isAfter(period.to())) {
                    continue;
                }
                signals.add(signal(series.productForm(), channel, spike));
            }
        }
        return signals;
    }

    private static Signal signal(ProductForm form, Channel channel, Spike spike) {
        // the threshold is 3 x the smoothed absolute error: a third of it is the forecast's usual miss
        BigDecimal typical = spike.thresholdFeKg().divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_EVEN);
        Sentence usual = (typical.signum() == 0)
                ? Sentence.of("signal.demand_spike.matched")
                : Sentence.of("signal.demand_spike.typical", Sentence.feKg(typical));
        Sentence sentence = Sentence.of(
                "signal.demand_spike",
                Sentence.term("form." + form.wireName() + ".name"),
                Sentence.term("channel.place." + channel.wireName()),
                spike.date().toString(),
                Sentence.feKg(spike.actualFeKg()),
                Sentence.feKg(spike.expectedFeKg()),
                usual,
                Sentence.of(
                        (channel == Channel.LIVESTREAM)
                                ? "signal.demand_spike.action.livestream"
                                : "signal.demand_spike.action.other",
                        Sentence.term("form." + form.wireName() + ".inSentence")));
        BigDecimal base = spike.expectedFeKg().max(spike.thresholdFeKg());
        BigDecimal magnitude = (base.signum() > 0)
                ? spike.errorFeKg().divide(base, 4, RoundingMode.HALF_EVEN)
                : BigDecimal.ONE.setScale(4);
        return new Signal(
                SignalKind.DEMAND_SPIKE.wireName() + ":" + form.wireName() + ":" + channel.wireName() + ":"
                        + spike.date(),
                SignalKind.DEMAND_SPIKE,
                List.of(Audience.PROCESSORS, Audience.SELLERS),
                SentenceRenderer.ENGLISH.render(sentence),
                new SpikeEvidence(
                        form, channel, spike.date(), spike.actualFeKg(), spike.expectedFeKg(), spike.thresholdFeKg()),
                new Period(spike.date(), spike.date()),
                null,
                Severity.WARNING,
                magnitude,
                sentence);
    }
}
