package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loop accepts exactly what the contract's pattern accepts. */
class LotCodeValidatorTests {

    private static final Pattern CONTRACT = Pattern.compile(Messages.LOT_CODE_PATTERN);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JH-2026-0702-F017",
                "a",
                "A.b_c:d-e",
                "0",
                "P03-D-0709-01",
                "",
                " ",
                "JH 03",
                "JH/03",
                "é",
                "广东",
                "a\u0000",
                "x+y",
                "ab\n",
                "0123456789012345678901234567890123456789012345678901234567890123",
                "01234567890123456789012345678901234567890123456789012345678901234",
                "١٢٣",
                "Ａ"
            })
    void agreesWithThePattern(String value) {
        assertThat(LotCodeValidator.isLotCode(value))
                .as(value)
                .isEqualTo(CONTRACT.matcher(value).matches());
    }
}
