package io.gojichain.insights.yields;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.yields.YieldsReport.OutlierReason;
import io.gojichain.insights.yields.YieldsReport.Range;
import io.gojichain.insights.yields.YieldsReport.YieldGroup;
import io.gojichain.insights.yields.YieldsReport.YieldOutlier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Yields per processor x method (docs/DOMAIN.md): input fresh kg / output kg or L, per group and per batch,
 * with outliers beyond 3 sigma or outside a plausible range.
 *
 * <p>A batch is held against the mean and standard deviation of the <em>other</em> batches of its
 * group. Measured with itself included, one value among n can never lie more than (n - 1) / sqrt(n)
 * standard deviations from the mean: under 11 batches a 3-sigma rule could flag nothing at all.
 */
final class YieldCalculator {

    /** Per-batch yields and their statistics are carried at 34 digits and rounded only for display. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final InsightFacts facts;

    private final FeKgFactors factors;

    YieldCalculator(InsightFacts facts, FeKgFactors factors) {
        this.facts = facts;
        this.factors = factors;
    }

    YieldsReport report(Period period, ZoneId zone) {
        Map<String, Map<String, List<ProcessingFact>>> byProcessorAndMethod = new TreeMap<>();
        for (ProcessingFact fact : this.facts.processing(period.from(), period.to())) {
            byProcessorAndMethod
                    .computeIfAbsent(fact.processorId(), p -> new TreeMap<>())
                    .computeIfAbsent(fact.method(), m -> new ArrayList<>())
                    .add(fact);
        }
        List<YieldGroup> groups = new ArrayList<>();
        byProcessorAndMethod.forEach((processor, byMethod) ->
                byMethod.forEach((method, batches) -> groups.add(group(processor, method, batches))));
        return new YieldsReport(period, zone.getId(), List.copyOf(groups));
    }

    private YieldGroup group(String processorId, String method, List<ProcessingFact> batches) {
        // a method produces one form; should a processor ever send mixed data, the first batch decides
        ProductForm product = batches.get(0).output();
        BigDecimal input = BigDecimal.ZERO;
        BigDecimal output = BigDecimal.ZERO;
        List<BigDecimal> yields = new ArrayList<>();
        for (ProcessingFact batch : batches) {
            input = input.add(batch.inputKg());
            output = output.add(batch.outputQuantity());
            BigDecimal y = yieldOf(batch);
            if (y != null) {
                yields.add(y);
            }
        }
        BigDecimal factor = this.factors.factor(product);
        @Nullable Range range = PlausibleYields.of(product);
        @Nullable BigDecimal groupYield = output.signum() == 0 ? null : input.divide(output, 4, RoundingMode.HALF_EVEN);
        // (input / output) / factor - 1 = (input - output x factor) / (output x factor): one division
        BigDecimal expectedInput = output.multiply(factor);
        @Nullable
        BigDecimal deviation = expectedInput.signum() == 0
                ? null
                : input.subtract(expectedInput).divide(expectedInput, 4, RoundingMode.HALF_EVEN);
        @Nullable BigDecimal mean = mean(yields);
        @Nullable BigDecimal stdDev = stdDev(yields);
        return new YieldGroup(
                processorId,
                method,
                product,
                product.packUnit(),
                batches.size(),
                input,
                output,
                groupYield,
                mean == null ? null : mean.setScale(4, RoundingMode.HALF_EVEN),
                stdDev == null ? null : stdDev.setScale(4, RoundingMode.HALF_EVEN),
                factor,
                deviation,
                range,
                outliers(batches, yields.size(), range));
    }

    private List<YieldOutlier> outliers(List<ProcessingFact> batches, int batchesWithYield, @Nullable Range range) {
        boolean sigmaApplies = batchesWithYield >= PlausibleYields.MIN_BATCHES_FOR_SIGMA;
        List<YieldOutlier> outliers = new ArrayList<>();
        for (ProcessingFact batch : batches) {
            @Nullable BigDecimal y = yieldOf(batch);
            List<OutlierReason> reasons = new ArrayList<>();
            @Nullable BigDecimal sigmas = null;
            if (y == null) {
                reasons.add(OutlierReason.NO_OUTPUT);
            } else {
                if (sigmaApplies) {
                    sigmas = sigmasFromOthers(batch, y, batches);
                    if (sigmas != null && sigmas.abs().compareTo(PlausibleYields.SIGMA_LIMIT) > 0) {
                        reasons.add(OutlierReason.BEYOND_3_SIGMA);
                    }
                }
                if (range != null && !range.contains(y)) {
                    reasons.add(OutlierReason.OUTSIDE_PLAUSIBLE_RANGE);
                }
            }
            if (!reasons.isEmpty()) {
                outliers.add(new YieldOutlier(
                        batch.batchId(),
                        batch.day(),
                        batch.inputKg(),
                        batch.outputQuantity(),
                        y == null ? null : y.setScale(4, RoundingMode.HALF_EVEN),
                        sigmas == null ? null : sigmas.setScale(2, RoundingMode.HALF_EVEN),
                        List.copyOf(reasons)));
            }
        }
        outliers.sort(Comparator.comparing(YieldOutlier::day).thenComparing(YieldOutlier::batchId));
        return List.copyOf(outliers);
    }

    /** (y - mean of the others) / their standard deviation; null when the others do not vary. */
    private static @Nullable BigDecimal sigmasFromOthers(ProcessingFact self, BigDecimal y, List<ProcessingFact> all) {
        List<BigDecimal> others = new ArrayList<>();
        for (ProcessingFact batch : all) {
            BigDecimal other = yieldOf(batch);
            if (batch != self && other != null) {
                others.add(other);
            }
        }
        BigDecimal mean = mean(others);
        BigDecimal stdDev = stdDev(others);
        // identical others would make any difference infinitely many sigmas; the plausible range
        // still catches a gross error there
        if (mean == null || stdDev == null || stdDev.signum() == 0) {
            return null;
        }
        return y.subtract(mean).divide(stdDev, PRECISION);
    }

    private static @Nullable BigDecimal yieldOf(ProcessingFact batch) {
        return batch.outputQuantity().signum() == 0 ? null : batch.inputKg().divide(batch.outputQuantity(), PRECISION);
    }

    private static @Nullable BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    /** Sample standard deviation: sqrt(sum (y - mean)^2 / (n - 1)). */
    private static @Nullable BigDecimal stdDev(List<BigDecimal> values) {
        BigDecimal mean = mean(values);
        if (mean == null || values.size() < 2) {
            return null;
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            BigDecimal d = value.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        return squares.divide(BigDecimal.valueOf(values.size() - 1L), PRECISION).sqrt(PRECISION);
    }
}
