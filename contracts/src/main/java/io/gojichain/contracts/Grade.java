package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GB/T 18672-2014 classes, by berries per 50 g. */
public enum Grade {
    /** At most 280 berries per 50 g. */
    @JsonProperty("premium")
    PREMIUM,
    /** At most 370 berries per 50 g. */
    @JsonProperty("special")
    SPECIAL,
    /** At most 580 berries per 50 g. */
    @JsonProperty("grade_a")
    GRADE_A,
    /** At most 900 berries per 50 g. */
    @JsonProperty("grade_b")
    GRADE_B
}
