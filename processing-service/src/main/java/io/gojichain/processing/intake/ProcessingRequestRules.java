package io.gojichain.processing.intake;

import io.gojichain.boot.web.FieldError;
import io.gojichain.boot.web.IngestRules;
import io.gojichain.boot.web.IngestValidator;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule of the contract for {@code dried} and {@code juiced} requests: the annotations on the request records
 * and the eventTime window (checked by the shared {@link IngestValidator}) plus what annotations cannot say: dried
 * output at most the input.
 */
@Component
class ProcessingRequestRules extends IngestRules<ProcessingRequest> {

    ProcessingRequestRules(IngestValidator validator) {
        super(validator);
    }

    @Override
    protected void checkAcrossFields(ProcessingRequest request, List<FieldError> errors) {
        if (request instanceof DriedRequest dried) {
            checkOutputWithinInput(dried, errors);
        }
    }

    /** Drying only removes water: the dried weight cannot exceed the fresh weight that went in. */
    private static void checkOutputWithinInput(DriedRequest dried, List<FieldError> errors) {
        BigDecimal output = dried.outputKg();
        List<@Nullable LotInputRequest> inputs = dried.inputs();
        if (output == null || inputs == null || inputs.isEmpty()) {
            return; // reported by the annotations
        }
        BigDecimal total = BigDecimal.ZERO;
        for (LotInputRequest input : inputs) {
            if (input == null || input.quantityKg() == null) {
                return; // the total is unknown; the missing value is reported
            }
            total = total.add(input.quantityKg());
        }
        if (output.compareTo(total) > 0) {
            errors.add(new FieldError(
                    "outputKg", "must not exceed the total input quantityKg (" + total.toPlainString() + ")"));
        }
    }
}
