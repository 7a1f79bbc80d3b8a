package io.gojichain.boot.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link LotCode}: the characters of {@link Messages#LOT_CODE_PATTERN}, 1 to 64 of them. */
public class LotCodeValidator implements ConstraintValidator<LotCode, String> {

    static final int MAX_LENGTH = 64;

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || isLotCode(value);
    }

    /** True for 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}. */
    public static boolean isLotCode(String value) {
        int length = value.length();
        if (length < 1 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
