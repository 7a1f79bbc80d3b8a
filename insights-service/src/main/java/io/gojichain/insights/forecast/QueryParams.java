package io.gojichain.insights.forecast;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.InvalidQueryException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Query values in their contract spelling ({@code nfc_juice}, {@code livestream}). */
final class QueryParams {

    private QueryParams() {}

    static @Nullable ProductForm productForm(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ProductForm form : ProductForm.values()) {
            if (form.wireName().equals(value)) {
                return form;
            }
        }
        throw new InvalidQueryException(
                "productForm",
                "unknown productForm '" + value + "'; expected one of "
                        + Arrays.stream(ProductForm.values())
                                .map(ProductForm::wireName)
                                .collect(Collectors.joining(", ")));
    }

    static @Nullable Channel channel(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Channel channel : Channel.values()) {
            if (channel.wireName().equals(value)) {
                return channel;
            }
        }
        throw new InvalidQueryException(
                "channel",
                "unknown channel '" + value + "'; expected one of "
                        + Arrays.stream(Channel.values()).map(Channel::wireName).collect(Collectors.joining(", ")));
    }
}
