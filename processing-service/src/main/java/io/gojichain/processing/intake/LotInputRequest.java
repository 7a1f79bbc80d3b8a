package io.gojichain.processing.intake;

import io.gojichain.boot.web.LotCode;
import io.gojichain.boot.web.Messages;
import io.gojichain.contracts.LotInput;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One harvested lot a transformation consumed.
 *
 * @param lotId the harvested lot
 * @param quantityKg fresh kilograms taken from it, more than 0, at most 3 decimal places
 */
public record LotInputRequest(
        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String lotId,

        @NotNull(message = Messages.REQUIRED)
        @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE)
        @Digits(integer = 9, fraction = 3, message = Messages.DECIMALS_3)
        @Nullable
        BigDecimal quantityKg) {

    LotInput toLotInput() {
        return new LotInput(Objects.requireNonNull(this.lotId), Objects.requireNonNull(this.quantityKg));
    }
}
