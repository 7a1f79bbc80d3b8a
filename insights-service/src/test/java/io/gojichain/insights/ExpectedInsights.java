package io.gojichain.insights;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the endpoints must answer for a set of published events, worked out here event by event
 * from the contract alone (docs/CONTRACT.md section 3), without the service's code: first arrival of
 * each eventId counts, days in Asia/Shanghai, feKg factors 1.0 / 4.5 / 1.3 / 1.15.
 */
final class ExpectedInsights {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<ProductForm, BigDecimal> FACTORS = Map.of(
            ProductForm.FRESH, new BigDecimal("1.0"),
            ProductForm.DRIED, new BigDecimal("4.5"),
            ProductForm.NFC_JUICE, new BigDecimal("1.3"),
            ProductForm.PULP, new BigDecimal("1.15"));

    private final Map<UUID, GojiEvent> counted = new LinkedHashMap<>();

    /** Adds events in publishing order; a repeated eventId is ignored (the first one counts). */
    void publish(List<? extends GojiEvent> events) {
        for (GojiEvent event : events) {
            this.counted.putIfAbsent(event.eventId(), event);
        }
    }

    int distinctEvents() {
        return this.counted.size();
    }

    /**
     * The summary as canonical lines: "name=value", numbers without trailing zeros, money with two
     * places.
     */
    List<String> summary() {
        long harvested = 0;
        long dried = 0;
        long juiced = 0;
        long sold = 0;
        long units = 0;
        BigDecimal harvestedKg = BigDecimal.ZERO;
        BigDecimal driedInput = BigDecimal.ZERO;
        BigDecimal juicedInput = BigDecimal.ZERO;
        BigDecimal driedKg = BigDecimal.ZERO;
        BigDecimal juiceL = BigDecimal.ZERO;
        BigDecimal pulpL = BigDecimal.ZERO;
        BigDecimal feKg = BigDecimal.ZERO;
        Map<String, BigDecimal> revenue = new TreeMap<>(Map.of("CNY", BigDecimal.ZERO));
        for (GojiEvent event : this.counted.values()) {
            if (event instanceof Harvested h) {
                harvested++;
                harvestedKg = harvestedKg.add(h.quantityKg());
            } else if (event instanceof Dried d) {
                dried++;
                driedInput = driedInput.add(inputKg(d.inputs()));
                driedKg = driedKg.add(d.outputKg());
            } else if (event instanceof Juiced j) {
                juiced++;
                juicedInput = juicedInput.add(inputKg(j.inputs()));
                if (j.product().productForm() == ProductForm.NFC_JUICE) {
                    juiceL = juiceL.add(j.outputLiters());
                } else {
                    pulpL = pulpL.add(j.outputLiters());
                }
            } else {
                Sold s = (Sold) event;
                sold++;
                units += s.quantity();
                feKg = feKg.add(feKg(s));
                revenue.merge(s.currency(), revenue(s), BigDecimal::add);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("events.harvested=" + harvested);
        lines.add("events.dried=" + dried);
        lines.add("events.juiced=" + juiced);
        lines.add("events.sold=" + sold);
        lines.add("harvestedKg=" + plain(harvestedKg));
        lines.add("processedInputKg.dried=" + plain(driedInput));
        lines.add("processedInputKg.juiced=" + plain(juicedInput));
        lines.add("producedOutput.dried.kg=" + plain(driedKg));
        lines.add("producedOutput.nfc_juice.L=" + plain(juiceL));
        lines.add("producedOutput.pulp.L=" + plain(pulpL));
        lines.add("unitsSold=" + units);
        revenue.forEach((currency, amount) -> lines.add("revenue." + currency + "=" + money(amount)));
        lines.add("feKgSold=" + plain(feKg));
        return lines;
    }

    /** Demand rows as canonical lines "bucketStart key orders units feKg {currency=amount}", sorted. */
    List<String> demand(String dimension, String bucket, LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> feKg = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> revenue = new TreeMap<>();
        for (GojiEvent event : this.counted.values()) {
            if (!(event instanceof Sold s)) {
                continue;
            }
            LocalDate day = s.eventTime().atZone(ZONE).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            LocalDate start = switch (bucket) {
                case "day" -> day;
                case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "month" -> day.withDayOfMonth(1);
                default -> throw new IllegalArgumentException(bucket);
            };
            String key = switch (dimension) {
                case "productForm" -> s.productForm().wireName();
                case "channel" -> s.channel().wireName();
                case "region" -> s.buyerRegion().province();
                case "sku" -> s.sku();
                default -> throw new IllegalArgumentException(dimension);
            };
            // bucketStart first so that the TreeMap sorts as the contract does
            String row = start + " " + key;
            long[] c = counts.computeIfAbsent(row, r -> new long[2]);
            c[0]++;
            c[1] += s.quantity();
            feKg.merge(row, feKg(s), BigDecimal::add);
            revenue.computeIfAbsent(row, r -> new TreeMap<>()).merge(s.currency(), revenue(s), BigDecimal::add);
        }
        List<String> rows = new ArrayList<>();
        counts.forEach((row, c) -> rows.add(
                row + " " + c[0] + " " + c[1] + " " + plain(feKg.get(row)) + " " + moneyMap(revenue.get(row))));
        return rows;
    }

    static String plain(BigDecimal value) {
        return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String moneyMap(Map<String, BigDecimal> amounts) {
        Map<String, String> formatted = new TreeMap<>();
        amounts.forEach((currency, amount) -> formatted.put(currency, money(amount)));
        return formatted.toString();
    }

    private static BigDecimal feKg(Sold s) {
        return BigDecimal.valueOf(s.quantity()).multiply(s.packSize()).multiply(FACTORS.get(s.productForm()));
    }

    private static BigDecimal revenue(Sold s) {
        return BigDecimal.valueOf(s.quantity()).multiply(s.unitPrice());
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        BigDecimal total = BigDecimal.ZERO;
        for (LotInput input : inputs) {
            total = total.add(input.quantityKg());
        }
        return total;
    }
}
