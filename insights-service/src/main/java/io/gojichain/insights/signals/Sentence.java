package io.gojichain.insights.signals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A signal's sentence before it is put into words: a message code and its arguments, rendered in
 * the reader's language by {@link SentenceRenderer} (messages_*.properties). Arguments are plain
 * text (ids, provinces, dates: shown as sent), numbers with a style, terms (a message code of their
 * own, e.g. a form's name) or nested sentences (e.g. the advice at the end).
 */
public record Sentence(String code, List<Object> args) {

    public static Sentence of(String code, Object... args) {
        return new Sentence(code, List.of(args));
    }

    /** A number as the sentences show it, formatted for the reader's locale. */
    public record Num(BigDecimal value, Style style) {}

    /** A word or phrase with a message code of its own. */
    public record Term(String code) {}

    static Num feKg(BigDecimal value) {
        return new Num(value, Style.FE_KG);
    }

    static Num kg(BigDecimal value) {
        return new Num(value, Style.KG);
    }

    static Num percent(BigDecimal fraction) {
        return new Num(fraction, Style.PERCENT);
    }

    static Num share(BigDecimal fraction) {
        return new Num(fraction, Style.SHARE);
    }

    static Num points(BigDecimal fraction) {
        return new Num(fraction, Style.POINTS);
    }

    static Num money(BigDecimal amount) {
        return new Num(amount, Style.MONEY);
    }

    static Num days(BigDecimal days) {
        return new Num(days, Style.DAYS);
    }

    static Term term(String code) {
        return new Term(code);
    }

    /** How a number reads (see {@link Wording}): the same rules in every language, the locale's symbols. */
    public enum Style {
        /** whole kg from 100 up, one decimal below */
        FE_KG,
        /** as FE_KG */
        KG,
        /** a fraction as a whole percentage: 0.4203 -> 42% */
        PERCENT,
        /** a fraction as a percentage with one decimal: 0.342 -> 34.2% */
        SHARE,
        /** a share change in percentage points, signed, one decimal: 0.142 -> +14.2 */
        POINTS,
        /** two decimals */
        MONEY,
        /** one decimal */
        DAYS
    }
}
