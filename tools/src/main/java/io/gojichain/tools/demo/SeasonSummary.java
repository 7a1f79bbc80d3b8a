package io.gojichain.tools.demo;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Totals of a set of events in the shape of {@code GET /api/v1/insights/summary} (docs/CONTRACT.md
 * section 3): events per type, harvested kg, processed input kg, produced output, units sold and
 * revenue per currency. Exact decimal sums, so "matches" means equal to the gram and the cent.
 */
final class SeasonSummary {

    private final Map<EventType, Long> events = new EnumMap<>(EventType.class);

    private BigDecimal harvestedKg = BigDecimal.ZERO;

    private BigDecimal driedInputKg = BigDecimal.ZERO;

    private BigDecimal juicedInputKg = BigDecimal.ZERO;

    private BigDecimal driedKg = BigDecimal.ZERO;

    private BigDecimal nfcJuiceLiters = BigDecimal.ZERO;

    private BigDecimal pulpLiters = BigDecimal.ZERO;

    private long unitsSold;

    private final Map<String, BigDecimal> revenue = new TreeMap<>();

    SeasonSummary() {
        for (EventType type : EventType.values()) {
            this.events.put(type, 0L);
        }
        this.revenue.put("CNY", BigDecimal.ZERO);
    }

    static SeasonSummary of(Iterable<? extends GojiEvent> events) {
        SeasonSummary summary = new SeasonSummary();
        for (GojiEvent event : events) {
            summary.add(event);
        }
        return summary;
    }

    synchronized void add(GojiEvent event) {
        this.events.merge(event.eventType(), 1L, Long::sum);
        // Java 17: no pattern matching for switch; the sealed interface has exactly these four.
        if (event instanceof Harvested h) {
            this.harvestedKg = this.harvestedKg.add(h.quantityKg());
        } else if (event instanceof Dried d) {
            this.driedInputKg = this.driedInputKg.add(inputKg(d.inputs()));
            this.driedKg = this.driedKg.add(d.outputKg());
        } else if (event instanceof Juiced j) {
            this.juicedInputKg = this.juicedInputKg.add(inputKg(j.inputs()));
            if (j.product() == JuiceProduct.NFC_JUICE) {
                this.nfcJuiceLiters = this.nfcJuiceLiters.add(j.outputLiters());
            } else {
                this.pulpLiters = this.pulpLiters.add(j.outputLiters());
            }
        } else if (event instanceof Sold s) {
            this.unitsSold += s.quantity();
            BigDecimal line = s.unitPrice().multiply(BigDecimal.valueOf(s.quantity()));
            this.revenue.merge(s.currency(), line, BigDecimal::add);
        }
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LotInput input : inputs) {
            sum = sum.add(input.quantityKg());
        }
        return sum;
    }

    synchronized long eventCount() {
        return this.events.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized long events(EventType type) {
        return this.events.get(type);
    }

    /** This summary plus another: what insights should show when it had {@code this} before. */
    synchronized SeasonSummary plus(SeasonSummary other) {
        SeasonSummary sum = new SeasonSummary();
        for (EventType type : EventType.values()) {
            sum.events.put(type, this.events.get(type) + other.events.get(type));
        }
        sum.harvestedKg = this.harvestedKg.add(other.harvestedKg);
        sum.driedInputKg = this.driedInputKg.add(other.driedInputKg);
        sum.juicedInputKg = this.juicedInputKg.add(other.juicedInputKg);
        sum.driedKg = this.driedKg.add(other.driedKg);
        sum.nfcJuiceLiters = this.nfcJuiceLiters.add(other.nfcJuiceLiters);
        sum.pulpLiters = this.pulpLiters.add(other.pulpLiters);
        sum.unitsSold = this.unitsSold + other.unitsSold;
        this.revenue.forEach((currency, amount) -> sum.revenue.merge(currency, amount, BigDecimal::add));
        other.revenue.forEach((currency, amount) -> sum.revenue.merge(currency, amount, BigDecimal::add));
        return sum;
    }

    /** The JSON of {@code GET /api/v1/insights/summary}: kg and L as numbers, money as strings. */
    synchronized ObjectNode toJson() {
        ObjectNode root = GojiJson.mapper().createObjectNode();
        ObjectNode counts = root.putObject("events");
        for (EventType type : EventType.values()) {
            counts.put(type.wireName(), this.events.get(type));
        }
        root.put("harvestedKg", this.harvestedKg);
        ObjectNode processed = root.putObject("processedInputKg");
        processed.put("dried", this.driedInputKg);
        processed.put("juiced", this.juicedInputKg);
        ObjectNode produced = root.putObject("producedOutput");
        produced.putObject("dried").put("kg", this.driedKg);
        produced.putObject("nfc_juice").put("L", this.nfcJuiceLiters);
        produced.putObject("pulp").put("L", this.pulpLiters);
        root.put("unitsSold", this.unitsSold);
        ObjectNode money = root.putObject("revenue");
        this.revenue.forEach((currency, amount) -> money.put(currency, money(amount)));
        return root;
    }

    /** Reads an insights summary; extra fields are ignored, absent ones count as zero. */
    static SeasonSummary fromJson(JsonNode json) {
        SeasonSummary summary = new SeasonSummary();
        for (EventType type : EventType.values()) {
            summary.events.put(type, json.path("events").path(type.wireName()).asLong(0));
        }
        summary.harvestedKg = decimal(json.path("harvestedKg"));
        summary.driedInputKg = decimal(json.path("processedInputKg").path("dried"));
        summary.juicedInputKg = decimal(json.path("processedInputKg").path("juiced"));
        JsonNode produced = json.path("producedOutput");
        summary.driedKg = decimal(produced.path("dried").path("kg"));
        summary.nfcJuiceLiters = decimal(produced.path("nfc_juice").path("L"));
        summary.pulpLiters = decimal(produced.path("pulp").path("L"));
        summary.unitsSold = json.path("unitsSold").asLong(0);
        for (Map.Entry<String, JsonNode> entry : json.path("revenue").properties()) {
            summary.revenue.put(entry.getKey(), decimal(entry.getValue()));
        }
        return summary;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            try {
                return new BigDecimal(node.stringValue().trim());
            } catch (NumberFormatException ex) {
                return BigDecimal.ZERO;
            }
        }
        return BigDecimal.ZERO;
    }

    /**
     * Each field where {@code actual} differs from this (the expectation), as {@code field:
     * expected X, got Y}; empty when they match. Decimals compare by value (1.50 equals 1.5).
     */
    synchronized List<String> differences(SeasonSummary actual) {
        List<String> differences = new ArrayList<>();
        for (EventType type : EventType.values()) {
            compare(differences, "events." + type.wireName(), this.events.get(type), actual.events.get(type));
        }
        compare(differences, "harvestedKg", this.harvestedKg, actual.harvestedKg);
        compare(differences, "processedInputKg.dried", this.driedInputKg, actual.driedInputKg);
        compare(differences, "processedInputKg.juiced", this.juicedInputKg, actual.juicedInputKg);
        compare(differences, "producedOutput.dried.kg", this.driedKg, actual.driedKg);
        compare(differences, "producedOutput.nfc_juice.L", this.nfcJuiceLiters, actual.nfcJuiceLiters);
        compare(differences, "producedOutput.pulp.L", this.pulpLiters, actual.pulpLiters);
        compare(differences, "unitsSold", this.unitsSold, actual.unitsSold);
        TreeSet<String> currencies = new TreeSet<>(this.revenue.keySet());
        currencies.addAll(actual.revenue.keySet());
        for (String currency : currencies) {
            BigDecimal expected = this.revenue.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal got = actual.revenue.getOrDefault(currency, BigDecimal.ZERO);
            if (expected.compareTo(got) != 0) {
                differences.add("revenue." + currency + ": expected " + money(expected) + ", got " + money(got));
            }
        }
        return differences;
    }

    private static void compare(List<String> differences, String field, long expected, long got) {
        if (expected != got) {
            differences.add(field + ": expected " + expected + ", got " + got);
        }
    }

    private static void compare(List<String> differences, String field, BigDecimal expected, BigDecimal got) {
        if (expected.compareTo(got) != 0) {
            differences.add(field + ": expected " + expected.toPlainString() + ", got " + got.toPlainString());
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
