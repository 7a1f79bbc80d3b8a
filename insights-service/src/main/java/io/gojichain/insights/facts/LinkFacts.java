package io.gojichain.insights.facts;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chain's links as counted (docs/CONTRACT.md section 7): lots, batches with their inputs, what
 * each batch took from each lot, and the sales that name a batch or lot. Nothing here is joined:
 * callers join when they ask, so the order in which events arrived does not matter. Like {@link
 * InsightFacts}, every method throws {@link InsightsNotReadyException} while the stores cannot be
 * queried.
 */
public interface LinkFacts {

    @Nullable
    LotFact lot(String lotId);

    /** Every lot, by lotId. */
    List<LotFact> lots();

    /** The batch, dried or juiced. */
    @Nullable
    BatchFact batch(String batchId);

    /** Every batch, by batchId. */
    List<BatchFact> batches();

    /** What batches took from the lot, by batchId. */
    List<LotUseFact> usesOf(String lotId);

    /** Every lot use, by lotId then batchId. */
    List<LotUseFact> uses();

    /** Sales naming this batch or lot, any day. */
    List<NamedSaleFact> salesNaming(String batchId);

    /** Sales naming a batch or lot, on the days {@code from}..{@code to}. */
    List<NamedSaleFact> namedSales(LocalDate from, LocalDate to);
}
