package io.gojichain.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Region;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SeasonSummaryTests {

    private static final Instant T = Instant.parse("2026-07-01T04:00:00Z");

    @Test
    void summaryOfTheDefaultSeasonEqualsTotalsRecomputedFromItsEvents() {
        List<GojiEvent> events =
                SeasonSimulator.generate(new SeasonSettings(42, 2026, 1.0)).events();
        long harvested = 0;
        long dried = 0;
        long juiced = 0;
        long sold = 0;
        BigDecimal harvestedKg = BigDecimal.ZERO;
        BigDecimal driedIn = BigDecimal.ZERO;
        BigDecimal juicedIn = BigDecimal.ZERO;
        BigDecimal driedKg = BigDecimal.ZERO;
        BigDecimal nfcL = BigDecimal.ZERO;
        BigDecimal pulpL = BigDecimal.ZERO;
        long units = 0;
        BigDecimal cny = BigDecimal.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
        for (GojiEvent event : events) {
            if (event instanceof Harvested h) {
                harvested++;
                harvestedKg = harvestedKg.add(h.quantityKg());
            } else if (event instanceof Dried d) {
                dried++;
                for (LotInput input : d.inputs()) {
                    driedIn = driedIn.add(input.quantityKg());
                }
                driedKg = driedKg.add(d.outputKg());
            } else if (event instanceof Juiced j) {
                juiced++;
                for (LotInput input : j.inputs()) {
                    juicedIn = juicedIn.add(input.quantityKg());
                }
                if (j.product() == JuiceProduct.NFC_JUICE) {
                    nfcL = nfcL.add(j.outputLiters());
                } else {
                    pulpL = pulpL.add(j.outputLiters());
                }
            } else {
                Sold s = (Sold) event;
                sold++;
                units += s.quantity();
                BigDecimal line = s.unitPrice().multiply(new BigDecimal(s.quantity()));
                if (s.currency().equals("USD")) {
                    usd = usd.add(line);
                } else {
                    cny = cny.add(line);
                }
            }
        }

        JsonNode json = SeasonSummary.of(events).toJson();

        assertThat(json.path("events").path("harvested").asLong()).isEqualTo(harvested);
        assertThat(json.path("events").path("dried").asLong()).isEqualTo(dried);
        assertThat(json.path("events").path("juiced").asLong()).isEqualTo(juiced);
        assertThat(json.path("events").path("sold").asLong()).isEqualTo(sold);
        assertThat(json.path("harvestedKg").decimalValue()).isEqualByComparingTo(harvestedKg);
        assertThat(json.path("processedInputKg").path("dried").decimalValue()).isEqualByComparingTo(driedIn);
        assertThat(json.path("processedInputKg").path("juiced").decimalValue()).isEqualByComparingTo(juicedIn);
        JsonNode produced = json.path("producedOutput");
        assertThat(produced.path("dried").path("kg").decimalValue()).isEqualByComparingTo(driedKg);
        assertThat(produced.path("nfc_juice").path("L").decimalValue()).isEqualByComparingTo(nfcL);
        assertThat(produced.path("pulp").path("L").decimalValue()).isEqualByComparingTo(pulpL);
        assertThat(json.path("unitsSold").asLong()).isEqualTo(units);
        assertThat(json.path("revenue").path("CNY").asString())
                .isEqualTo(cny.setScale(2).toPlainString());
        assertThat(json.path("revenue").path("USD").asString())
                .isEqualTo(usd.setScale(2).toPlainString());
        assertThat(json.path("revenue").propertyNames()).containsExactly("CNY", "USD");
    }

    @Test
    void handMadeEventsGiveHandComputedTotalsInTheContractShape() {
        SeasonSummary summary = SeasonSummary.of(List.of(
                harvested("L1", "120.5"),
                harvested("L2", "79.5"),
                dried("B1", "90", "20.25"),
                juiced("B2", JuiceProduct.NFC_JUICE, "65", "50"),
                juiced("B3", JuiceProduct.PULP, "23", "20"),
                sold(3, "0.25", "39.90", "CNY"),
                sold(2, "5", "41.50", "USD")));

        String json = GojiJson.mapper().writeValueAsString(summary.toJson());

        // 120.5 + 79.5 = 200.0 kg; 3 x 39.90 = 119.70 CNY; 2 x 41.50 = 83.00 USD
        assertThat(json)
                .isEqualTo("{\"events\":{\"harvested\":2,\"dried\":1,\"juiced\":2,\"sold\":2},"
                        + "\"harvestedKg\":200.0,"
                        + "\"processedInputKg\":{\"dried\":90,\"juiced\":88},"
                        + "\"producedOutput\":{\"dried\":{\"kg\":20.25},\"nfc_juice\":{\"L\":50},\"pulp\":{\"L\":20}},"
                        + "\"unitsSold\":5,"
                        + "\"revenue\":{\"CNY\":\"119.70\",\"USD\":\"83.00\"}}");
    }

    @Test
    void anEmptySummaryShowsCnyZero() {
        JsonNode json = new SeasonSummary().toJson();
        assertThat(json.path("revenue").path("CNY").asString()).isEqualTo("0.00");
        assertThat(json.path("events").path("sold").asLong()).isZero();
    }

    @Test
    void readsTheInsightsSummaryAndComparesByValue() {
        SeasonSummary sent = SeasonSummary.of(List.of(harvested("L1", "120.5"), sold(3, "0.25", "39.90", "CNY")));
        JsonNode same = GojiJson.mapper()
                .readTree("{\"events\":{\"harvested\":1,\"dried\":0,\"juiced\":0,\"sold\":1},"
                        + "\"harvestedKg\":120.500,\"processedInputKg\":{\"dried\":0.0,\"juiced\":0},"
                        + "\"producedOutput\":{\"dried\":{\"kg\":0},\"nfc_juice\":{\"L\":0},\"pulp\":{\"L\":0}},"
                        + "\"unitsSold\":3,\"revenue\":{\"CNY\":\"119.7\"},\"feKgSold\":3.375}");
        assertThat(sent.differences(SeasonSummary.fromJson(same))).isEmpty();

        ObjectNode off = (ObjectNode) same.deepCopy();
        off.put("unitsSold", 2);
        ((ObjectNode) off.get("revenue")).put("USD", "1.00");
        assertThat(sent.differences(SeasonSummary.fromJson(off)))
                .containsExactly("unitsSold: expected 3, got 2", "revenue.USD: expected 0.00, got 1.00");
    }

    @Test
    void plusAddsFieldByField() {
        SeasonSummary before = SeasonSummary.of(List.of(harvested("L1", "10.5"), sold(1, "1", "45.90", "CNY")));
        SeasonSummary sent = SeasonSummary.of(List.of(harvested("L2", "4.5"), sold(2, "5", "41.50", "USD")));

        JsonNode json = before.plus(sent).toJson();

        assertThat(json.path("events").path("harvested").asLong()).isEqualTo(2);
        assertThat(json.path("events").path("sold").asLong()).isEqualTo(2);
        assertThat(json.path("harvestedKg").decimalValue()).isEqualByComparingTo("15.0");
        assertThat(json.path("unitsSold").asLong()).isEqualTo(3);
        assertThat(json.path("revenue").path("CNY").asString()).isEqualTo("45.90");
        assertThat(json.path("revenue").path("USD").asString()).isEqualTo("83.00");
    }

    static Harvested harvested(String lotId, String kg) {
        return new Harvested(
                UUID.randomUUID(),
                EventType.HARVESTED,
                T,
                T,
                "harvest-service",
                1,
                lotId,
                "F0001",
                null,
                new Region("Xinjiang", "Jinghe"),
                null,
                null,
                new BigDecimal(kg));
    }

    static Dried dried(String batchId, String inKg, String outKg) {
        return new Dried(
                UUID.randomUUID(),
                EventType.DRIED,
                T,
                T,
                "processing-service",
                1,
                batchId,
                "P01",
                List.of(new LotInput("L1", new BigDecimal(inKg))),
                DryingMethod.HOT_AIR,
                new BigDecimal(outKg),
                null);
    }

    static Juiced juiced(String batchId, JuiceProduct product, String inKg, String liters) {
        return new Juiced(
                UUID.randomUUID(),
                EventType.JUICED,
                T,
                T,
                "processing-service",
                1,
                batchId,
                "P11",
                List.of(new LotInput("L2", new BigDecimal(inKg))),
                product,
                new BigDecimal(liters),
                null);
    }

    static Sold sold(int quantity, String packSize, String price, String currency) {
        return new Sold(
                UUID.randomUUID(),
                EventType.SOLD,
                T,
                T,
                "sales-service",
                1,
                "JD-1",
                "DRIED-250G",
                ProductForm.DRIED,
                null,
                quantity,
                new BigDecimal(packSize),
                PackUnit.KG,
                new BigDecimal(price),
                currency,
                Channel.ONLINE,
                "jd",
                null,
                new BuyerRegion("Zhejiang", null),
                null);
    }
}
