package io.gojichain.sales.intake;

import io.gojichain.boot.web.FieldError;
import io.gojichain.boot.web.IngestRules;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule of the {@code sold} event: the annotations of {@link SaleRequest} and the eventTime window (checked by
 * the shared {@link IngestValidator}) plus the rules of a sale that span fields, which are this class.
 */
@Component
public class SaleRequestRules extends IngestRules<SaleRequest> {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public SaleRequestRules(IngestValidator validator) {
        super(validator);
    }

    @Override
    protected void checkAcrossFields(SaleRequest request, List<FieldError> errors) {
        checkLivestream(request.channel(), request.livestreamId(), errors);
        checkPackUnit(request.productForm(), request.packUnit(), errors);
        checkCurrency(request.currency(), errors);
    }

    private static void checkLivestream(
            @Nullable Channel channel, @Nullable String livestreamId, List<FieldError> errors) {
        if (channel == Channel.LIVESTREAM && livestreamId == null) {
            errors.add(new FieldError("livestreamId", "is required when channel is livestream"));
        }
        if (channel != null && channel != Channel.LIVESTREAM && livestreamId != null) {
            errors.add(new FieldError("livestreamId", "must be absent unless channel is livestream"));
        }
    }

    private static void checkPackUnit(
            @Nullable ProductForm productForm, @Nullable PackUnit packUnit, List<FieldError> errors) {
        if (productForm != null && packUnit != null && packUnit != productForm.packUnit()) {
            errors.add(new FieldError(
                    "packUnit",
                    "must be " + wireName(productForm.packUnit()) + " for productForm " + productForm.wireName()));
        }
    }

    private static void checkCurrency(@Nullable String currency, List<FieldError> errors) {
        if (currency == null) {
            return;
        }
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code of 3 upper-case letters, e.g. CNY"));
            return;
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException ex) {
            errors.add(new FieldError("currency", "must be an ISO 4217 currency code, e.g. CNY"));
        }
    }

    private static String wireName(PackUnit unit) {
        return unit == PackUnit.KG ? "kg" : "L";
    }
}
