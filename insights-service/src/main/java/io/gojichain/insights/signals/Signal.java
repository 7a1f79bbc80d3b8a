package io.gojichain.insights.signals;

import io.gojichain.insights.web.Period;
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
 * @param magnitude how big the finding is, as a fraction (growth, share of demand uncovered, share
 *     change, value premium, spike size relative to expectation), 4 places; orders signals of the
 *     same severity
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
