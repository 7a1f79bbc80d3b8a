package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and names as the sentences print them; rounding here is for reading only. */
final class Wording {

    private Wording() {}

    static String form(ProductForm form) {
        return switch (form) {
            case FRESH -> "Fresh berry";
            case DRIED -> "Dried goji";
            case NFC_JUICE -> "NFC juice";
            case PULP -> "Goji pulp";
        };
    }

    /** The form inside a sentence ("earned 12.00 CNY as dried goji"). */
    static String formInSentence(ProductForm form) {
        return (form == ProductForm.NFC_JUICE) ? "NFC juice" : form(form).toLowerCase(Locale.ROOT);
    }

    /** What a processor does to make the form ("favour juicing"). */
    static String making(ProductForm form) {
        return switch (form) {
            case FRESH -> "fresh sale";
            case DRIED -> "drying";
            case NFC_JUICE -> "juicing";
            case PULP -> "pulping";
        };
    }

    static String channelSales(Channel channel) {
        return switch (channel) {
            case ONLINE -> "online sales";
            case LIVESTREAM -> "livestream sales";
            case OFFLINE -> "shop sales";
        };
    }

    /** Where a sale happened ("dried goji demand in livestream sessions"). */
    static String channelPlace(Channel channel) {
        return switch (channel) {
            case ONLINE -> "online";
            case LIVESTREAM -> "in livestream sessions";
            case OFFLINE -> "in shops";
        };
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** feKg for reading: whole kg from 100 up ("1,230"), one decimal below ("86.6"). */
    static String feKg(BigDecimal value) {
        boolean large = value.abs().compareTo(BigDecimal.valueOf(100)) >= 0;
        return format(value, large ? 0 : 1);
    }

    /** A fraction as a whole percentage: 0.4203 -> "42%". */
    static String percent(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 0) + "%";
    }

    /** A share as a percentage with one decimal: 0.342 -> "34.2%". */
    static String share(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 1) + "%";
    }

    /** A share change in percentage points, signed: 0.142 -> "+14.2". */
    static String points(BigDecimal fraction) {
        String text = format(fraction.movePointRight(2), 1);
        return (fraction.signum() > 0) ? "+" + text : text;
    }

    static String money(BigDecimal amount) {
        return format(amount, 2);
    }

    static String days(BigDecimal days) {
        return format(days, 1);
    }

    /** "week on week" for a 7-day period, otherwise "on the previous N days". */
    static String comparison(Period period) {
        long days = period.days();
        return (days == 7) ? "week on week" : "on the previous " + days + " days";
    }

    private static String format(BigDecimal value, int places) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value.setScale(places, RoundingMode.HALF_EVEN));
    }
}
