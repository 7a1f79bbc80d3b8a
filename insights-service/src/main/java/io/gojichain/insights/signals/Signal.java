package io.gojichain.insights.signals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recommendation.
 *
 * @param id stable for the same finding over the same period: kind, subject and period start
 * @param audience who can act on it
 * @param sentence a plain sentence with the numbers inside, in the reader's language (Accept-Language:
 *     English by default, Chinese for zh, zh-CN, zh-Hans); fields and codes stay English
 * @param evidence the numbers behind the sentence; shape by kind
 * @param period the days the evidence covers
 * @param comparedTo the days it is compared with, when the signal is a change
 * @param magnitude how big the finding is, 4 places; orders signals of the same severity. A fraction
 *     (share of demand uncovered, share change, value premium, spike size relative to expectation),
 *     except for demand_surge and demand_drop: there it is the size of the change score (standard
 *     deviations clear of order-to-order noise), so the best-evidenced trends come first, not the
 *     largest percentages on a handful of orders
 * @param phrase the sentence before it is put into words, rendered per request; not on the wire
 */
public record Signal(
        String id,
        SignalKind kind,
        List<Audience> audience,
        String sentence,

        @Schema(
                oneOf = {
                    DemandChangeEvidence.class,
                    SupplyEvidence.class,
                    ValueEvidence.class,
                    SpikeEvidence.class,
                    ChannelShiftEvidence.class,
                    MassBalanceEvidence.class,
                    CooperativeValueEvidence.class
                })
        Evidence evidence,

        Period period,
        @Nullable Period comparedTo,
        Severity severity,
        BigDecimal magnitude,
        @JsonIgnore @Schema(hidden = true) @Nullable Sentence phrase) {

    /** A signal whose sentence is already in words (English) and has no phrase to render again. */
    public Signal(
            String id,
            SignalKind kind,
            List<Audience> audience,
            String sentence,
            Evidence evidence,
            Period period,
            @Nullable Period comparedTo,
            Severity severity,
            BigDecimal magnitude) {
        this(id, kind, audience, sentence, evidence, period, comparedTo, severity, magnitude, null);
    }

    /** The signal with its phrase put into words by {@code renderer}; unchanged when it has none. */
    public Signal renderedBy(SentenceRenderer renderer) {
        if (this.phrase == null) {
            return this;
        }
        return new Signal(
                this.id,
                this.kind,
                this.audience,
                renderer.render(this.phrase),
                this.evidence,
                this.period,
                this.comparedTo,
                this.severity,
                this.magnitude,
                this.phrase);
    }
}
