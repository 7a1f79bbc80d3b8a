package io.gojichain.insights.facts;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Hand-written links for web slices and calculators; lot uses are derived from the batches. */
public class FixedLinkFacts implements LinkFacts {

    public final Map<String, LotFact> lots = new TreeMap<>();

    public final Map<String, BatchFact> batches = new TreeMap<>();

    public final List<NamedSaleFact> sales = new ArrayList<>();

    private boolean ready = true;

    /** A lot harvested at noon (Shanghai) of {@code day}. */
    public static LotFact lot(String lotId, String farmId, @Nullable String coopId, String day, String kg) {
        LocalDate date = LocalDate.parse(day);
        return new LotFact(
                lotId,
                farmId,
                coopId,
                date,
                Instant.parse(day + "T04:00:00Z"),
                new BigDecimal(kg),
                "Xinjiang",
                "Jinghe",
                "grade_a",
                "Ningqi-10");
    }

    /** A dried (hot air) batch at noon of {@code day}; inputs alternate lotId, kg. */
    public static BatchFact dried(String batchId, String day, String outputKg, String... lotsAndKg) {
        return new BatchFact(
                batchId,
                "P01",
                "dried",
                ProductForm.DRIED,
                "hot_air",
                LocalDate.parse(day),
                Instant.parse(day + "T04:00:00Z"),
                inputs(lotsAndKg),
                new BigDecimal(outputKg));
    }

    public static BatchFact juiced(String batchId, String day, String liters, String... lotsAndKg) {
        return new BatchFact(
                batchId,
                "P02",
                "juiced",
                ProductForm.NFC_JUICE,
                "nfc_juice",
                LocalDate.parse(day),
                Instant.parse(day + "T04:00:00Z"),
                inputs(lotsAndKg),
                new BigDecimal(liters));
    }

    public static NamedSaleFact sale(
            String batchId,
            String day,
            ProductForm form,
            Channel channel,
            String province,
            long orders,
            String volume,
            String revenue) {
        return new NamedSaleFact(
                batchId,
                LocalDate.parse(day),
                form,
                channel,
                province,
                "CNY",
                orders,
                new BigDecimal(volume),
                new BigDecimal(revenue));
    }

    private static List<BatchFact.LotTaken> inputs(String... lotsAndKg) {
        List<BatchFact.LotTaken> inputs = new ArrayList<>();
        for (int i = 0; i < lotsAndKg.length; i += 2) {
            inputs.add(new BatchFact.LotTaken(lotsAndKg[i], new BigDecimal(lotsAndKg[i + 1])));
        }
        return inputs;
    }

    public FixedLinkFacts add(LotFact... lots) {
        Arrays.stream(lots).forEach(lot -> this.lots.put(lot.lotId(), lot));
        return this;
    }

    public FixedLinkFacts add(BatchFact... batches) {
        Arrays.stream(batches).forEach(batch -> this.batches.put(batch.batchId(), batch));
        return this;
    }

    public FixedLinkFacts add(NamedSaleFact... sales) {
        this.sales.addAll(Arrays.asList(sales));
        return this;
    }

    public void ready(boolean ready) {
        this.ready = ready;
    }

    public void clear() {
        this.lots.clear();
        this.batches.clear();
        this.sales.clear();
        this.ready = true;
    }

    private void check() {
        if (!this.ready) {
            throw new InsightsNotReadyException("not ready (test)");
        }
    }

    @Override
    public @Nullable LotFact lot(String lotId) {
        check();
        return this.lots.get(lotId);
    }

    @Override
    public List<LotFact> lots() {
        check();
        return List.copyOf(this.lots.values());
    }

    @Override
    public @Nullable BatchFact batch(String batchId) {
        check();
        return this.batches.get(batchId);
    }

    @Override
    public List<BatchFact> batches() {
        check();
        return List.copyOf(this.batches.values());
    }

    @Override
    public List<LotUseFact> usesOf(String lotId) {
        return uses().stream().filter(use -> use.lotId().equals(lotId)).toList();
    }

    @Override
    public List<LotUseFact> uses() {
        check();
        Map<String, LotUseFact> uses = new TreeMap<>();
        for (BatchFact batch : this.batches.values()) {
            for (BatchFact.LotTaken input : batch.inputs()) {
                uses.merge(
                        input.lotId() + "|" + batch.batchId(),
                        new LotUseFact(
                                input.lotId(),
                                batch.batchId(),
                                batch.process(),
                                batch.output(),
                                batch.method(),
                                batch.day(),
                                batch.processedAt(),
                                input.kg()),
                        (a, b) -> new LotUseFact(
                                a.lotId(),
                                a.batchId(),
                                a.process(),
                                a.output(),
                                a.method(),
                                a.day(),
                                a.processedAt(),
                                a.kg().add(b.kg())));
            }
        }
        return List.copyOf(uses.values());
    }

    @Override
    public List<NamedSaleFact> salesNaming(String batchId) {
        check();
        return this.sales.stream()
                .filter(sale -> sale.batchId().equals(batchId))
                .toList();
    }

    @Override
    public List<NamedSaleFact> namedSales(LocalDate from, LocalDate to) {
        check();
        return this.sales.stream()
                .filter(sale -> !sale.day().isBefore(from) && !sale.day().isAfter(to))
                .sorted(Comparator.comparing(NamedSaleFact::batchId))
                .toList();
    }
}
