package io.gojichain.boot.web;

import io.gojichain.contracts.GojiJson;
import java.time.Instant;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The HTTP side reads JSON with the contract's settings (unknown fields ignored) and is strict about documented
 * fields: a value must arrive with its own JSON type, so {@code "quantityKg": "12"}, {@code "lotId": 17}, {@code
 * "grade": 1} or {@code "eventTime": 1782955800} are 400s naming the field instead of values Jackson quietly
 * converts. Every string is read by {@link PlainTextDeserializer}, which turns away invisible and reordering
 * characters. Applied to Boot's mapper by {@link IngestWebAutoConfiguration}.
 */
public final class StrictJson {

    private StrictJson() {}

    /** The request binding settings; public so tests can bind exactly as the service does. */
    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        return GojiJson.configure(builder)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // {"lotId": "a", "lotId": "b"} is ambiguous: reject rather than keep the last one.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "" is not a value of any documented field (numbers, UUIDs, enums, objects).
                .withCoercionConfigDefaults(
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("goji-strict-values")
                        .addDeserializer(Instant.class, new IsoInstantDeserializer())
                        .addDeserializer(String.class, new PlainTextDeserializer()))
                .addModule(RecordCreators.module());
    }
}
