package io.gojichain.insights.signals;

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
 * @param sentence plain English with the numbers inside
 * @param evidence the numbers behind the sentence; shape by kind
 * @param period the days the evidence covers
 * @param comparedTo the days it is compared with, when the signal is a change
 * @param magnitude how big the finding is, 4 places; orders signals of the same severity. A fraction
 *     (share of demand uncovered, share change, value premium, spike size relative to expectation),
 *     except for demand_surge and demand_drop: there it is the size of the change score (standard
 *     deviations clear of order-to-order noise), so the best-evidenced trends come first, not the
 *     largest percentages on a handful of orders
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
                    ChannelShiftEvidence.class
                })
        Evidence evidence,

        Period period,
        @Nullable Period comparedTo,
        Severity severity,
        BigDecimal magnitude) {}
