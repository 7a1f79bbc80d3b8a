package io.gojichain.boot.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lot-code string of the contract: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} ({@link
 * Messages#LOT_CODE_PATTERN}); null is valid (pair with {@code @NotNull} where required). The same rule as that
 * {@code @Pattern}, checked by a loop over the characters: the regex and the message parameters Bean Validation
 * builds for every {@code @Pattern} call showed in the batch path's profile, with four lot codes per event.
 */
@Documented
@Constraint(validatedBy = LotCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LotCode {

    String message() default Messages.LOT_CODE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
