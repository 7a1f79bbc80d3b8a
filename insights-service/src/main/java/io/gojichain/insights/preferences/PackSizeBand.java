package io.gojichain.insights.preferences;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The pack-size bands preferences are reported in, the one place they are defined. Sizes are the
 * content of one pack in its unit (kg for fresh and dried, L for nfc_juice and pulp): small bands
 * hold juice sachets and tasting packs, 0.1-0.5 the usual 250-500 g retail pack (docs/DOMAIN.md), above
 * 1 the bulk and wholesale packs. Each band excludes its lower bound and includes its upper one.
 */
enum PackSizeBand {
    UP_TO_0_1("<=0.1", new BigDecimal("0.1")),
    FROM_0_1_TO_0_5("0.1-0.5", new BigDecimal("0.5")),
    FROM_0_5_TO_1("0.5-1", BigDecimal.ONE),
    OVER_1(">1", null);

    private final String label;

    private final @Nullable BigDecimal upperInclusive;

    PackSizeBand(String label, @Nullable BigDecimal upperInclusive) {
        this.label = label;
        this.upperInclusive = upperInclusive;
    }

    /** The key the band has in responses, e.g. {@code 0.1-0.5}. */
    String label() {
        return this.label;
    }

    static PackSizeBand of(BigDecimal packSize) {
        for (PackSizeBand band : values()) {
            if (band.upperInclusive == null || packSize.compareTo(band.upperInclusive) <= 0) {
                return band;
            }
        }
        throw new IllegalStateException("the last band is unbounded");
    }

    static PackSizeBand ofLabel(String label) {
        for (PackSizeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("no pack-size band " + label);
    }
}
