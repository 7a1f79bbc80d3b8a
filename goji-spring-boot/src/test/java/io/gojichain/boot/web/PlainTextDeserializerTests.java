package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Hostile text an attacker would try, and the ordinary text of the chain that must pass. */
class PlainTextDeserializerTests {

    record Named(String name) {}

    private static final JsonMapper MAPPER =
            StrictJson.apply(JsonMapper.builder()).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "广东省",
                "深圳",
                "宁夏回族自治区",
                "Ningqi-10",
                "Zürich",
                "São Paulo",
                "douyin 抖音",
                "🍒 goji",
                "a b",
                "O'Brien",
                ""
            })
    void ordinaryTextOfAnyScriptPasses(String text) {
        assertThat(PlainTextDeserializer.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nul\u0000",
                "cr\r",
                "lf\n",
                "tab\t",
                "esc\u001b[31m",
                "del\u007f",
                "c1\u0085", // control characters
                "\u202Eevil",
                "a\u202Ab",
                "a\u202Bb",
                "a\u202Cb",
                "a\u202Db", // embeddings, overrides, pop
                "a\u2066b",
                "a\u2067b",
                "a\u2068b",
                "a\u2069b", // isolates
                "lone\uD800",
                "\uDC00lone",
                "swapped\uDC00\uD800" // unpaired surrogates
            })
    void controlBidiAndSurrogateTricksAreRefused(String text) {
        assertThat(PlainTextDeserializer.isPlain(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\n", "\\r\\n", "\\u202E", "\\u2066", "\\uD800", "\\uDFFF"})
    void escapedInJsonTheyAreA400NamingTheField(String escape) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"x" + escape + "y\"}", Named.class))
                .isInstanceOf(FieldFormatException.class)
                .hasMessageContaining(PlainTextDeserializer.MESSAGE)
                .satisfies(ex -> assertThat(ProblemDetailsAdvice.path((FieldFormatException) ex))
                        .isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"广东省", "\\u6df1\\u5733", "\\uD83C\\uDF52 pair"})
    void chineseAndPairedSurrogatesBindAsSent(String text) {
        assertThat(MAPPER.readValue("{\"name\": \"" + text + "\"}", Named.class).name())
                .doesNotContain("\\");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "true", "1.5"})
    void aNonStringIsStillRefusedForAStringField(String value) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": " + value + "}", Named.class))
                .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
    }
}
