package io.gojichain.insights.yields;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.yields.YieldsReport.Range;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fresh kg per unit of output that a real batch can plausibly have. docs/DOMAIN.md (Conversion) gives
 * dried about 4-5 kg fresh per kg (22-25 % of fresh weight), NFC juice about 1.25-1.35 kg per litre
 * and pulp about 1.15 kg per litre (an assumption); the ranges are wider so that only data errors
 * (wrong unit, swapped fields, a missing input lot) fall outside them. Bounds are inclusive.
 */
final class PlausibleYields {

    static final Range DRIED = new Range(new BigDecimal("3.0"), new BigDecimal("6.5"));

    static final Range NFC_JUICE = new Range(new BigDecimal("1.0"), new BigDecimal("1.7"));

    static final Range PULP = new Range(new BigDecimal("0.9"), new BigDecimal("1.5"));

    /** A batch is compared with the rest of its group only in groups of at least this many batches. */
    static final int MIN_BATCHES_FOR_SIGMA = 5;

    /** Deviations beyond this many standard deviations make a batch an outlier. */
    static final BigDecimal SIGMA_LIMIT = new BigDecimal("3");

    private PlausibleYields() {}

    /** The range of a processed form; none for fresh, which is never a processing output. */
    static @Nullable Range of(ProductForm output) {
        return switch (output) {
            case DRIED -> DRIED;
            case NFC_JUICE -> NFC_JUICE;
            case PULP -> PULP;
            case FRESH -> null;
        };
    }
}
