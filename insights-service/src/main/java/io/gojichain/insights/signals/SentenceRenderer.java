package io.gojichain.insights.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts {@link Sentence}s into words in one language: each message pattern comes from {@link
 * Messages} (Spring's MessageSource in the service), numbers are formatted here with the locale's
 * symbols, terms and nested sentences are rendered first and passed in as text.
 */
public final class SentenceRenderer {

    /** Looks up a pattern and fills in its (already formatted) arguments; MessageSource::getMessage. */
    @FunctionalInterface
    public interface Messages {
        String get(String code, Object[] args, Locale locale);
    }

    /**
     * The rules' own rendering, in English from messages_en.properties without Spring (the service
     * renders again per request through its MessageSource, from the same files).
     */
    static final SentenceRenderer ENGLISH = new SentenceRenderer(SentenceRenderer::fromBundle, Locale.ENGLISH);

    private final Messages messages;

    private final Locale locale;

    public SentenceRenderer(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    private static String fromBundle(String code, Object[] args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), locale).format(args);
    }

    public Locale locale() {
        return this.locale;
    }

    public String render(Sentence sentence) {
        Object[] args = new Object[sentence.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = text(sentence.args().get(i));
        }
        return this.messages.get(sentence.code(), args, this.locale);
    }

    private String text(Object arg) {
        if (arg instanceof Sentence nested) {
            return render(nested);
        }
        if (arg instanceof Sentence.Term term) {
            return this.messages.get(term.code(), new Object[0], this.locale);
        }
        if (arg instanceof Sentence.Num number) {
            return number(number.value(), number.style());
        }
        return String.valueOf(arg);
    }

    String number(BigDecimal value, Sentence.Style style) {
        return switch (style) {
            case FE_KG, KG -> format(value, value.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1);
            case PERCENT -> format(value.movePointRight(2), 0) + "%";
            case SHARE -> format(value.movePointRight(2), 1) + "%";
            case POINTS -> (value.signum() > 0 ? "+" : "") + format(value.movePointRight(2), 1);
            case MONEY -> format(value, 2);
            case DAYS -> format(value, 1);
        };
    }

    private String format(BigDecimal value, int places) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(this.locale));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value.setScale(places, RoundingMode.HALF_EVEN));
    }
}
