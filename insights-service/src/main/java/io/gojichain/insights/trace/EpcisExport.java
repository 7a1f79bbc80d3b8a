package io.gojichain.insights.trace;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.NamedSaleFact;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A lot's history as an EPCIS 2.0 JSON-LD document (GS1 EPCIS 2.0 and CBV 2.0), the form
 * traceability systems exchange:
 *
 * <ul>
 *   <li>the harvest: an {@code ObjectEvent}, action ADD, bizStep {@code commissioning}, the lot's
 *       fresh kg in {@code quantityList};
 *   <li>each drying or juicing batch that took from it: a {@code TransformationEvent} whose {@code
 *       inputQuantityList} holds every input lot with the fresh kg taken and whose {@code
 *       outputQuantityList} holds the batch (kg dried or litres), {@code transformationID} the batch;
 *   <li>the sales naming those batches, or the lot for fresh berries: {@code ObjectEvent}s, action
 *       OBSERVE, bizStep {@code retail_selling}, disposition {@code retail_sold}, one per day,
 *       channel, buyer province and currency (the store holds sales per day, so the eventTime is the
 *       day's start in the insights zone).
 * </ul>
 *
 * Lots and batches are classes of goods, not serialised items, so they appear as {@code epcClass}
 * with quantities (UN/CEFACT units: KGM, LTR), identified by HTTP URIs under {@link #BASE} (we have
 * no GTINs to build LGTINs from). Event ids are name-based UUIDs of what the event records, so the
 * same history exports the same ids. Our own fields are in the {@code goji:} namespace.
 */
final class EpcisExport {

    static final String MEDIA_TYPE = "application/ld+json";

    static final String BASE = "https://gojichain.io/";

    static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private EpcisExport() {}

    static Map<String, Object> document(TraceCalculator.LotHistory history, ZoneId zone, Instant now) {
        LotFact lot = history.lot();
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(harvest(lot, zone));
        history.batches().values().stream()
                .sorted(Comparator.comparing(BatchFact::processedAt).thenComparing(BatchFact::batchId))
                .forEach(batch -> events.add(transformation(batch, zone)));
        history.sales()
                .forEach((namedId, sales) -> sales.stream()
                        .sorted(Comparator.comparing(NamedSaleFact::day)
                                .thenComparing(sale -> sale.productForm().wireName())
                                .thenComparing(sale -> sale.channel().name())
                                .thenComparing(NamedSaleFact::province)
                                .thenComparing(NamedSaleFact::currency))
                        .forEach(sale -> events.add(sale(sale, history, zone))));

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(EPCIS_CONTEXT, Map.of("goji", BASE + "epcis/")));
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", now.truncatedTo(ChronoUnit.SECONDS).toString());
        document.put("epcisBody", Map.of("eventList", events));
        return document;
    }

    private static Map<String, Object> harvest(LotFact lot, ZoneId zone) {
        Map<String, Object> event = event("ObjectEvent", "harvested|" + lot.lotId(), lot.harvestedAt(), zone);
        event.put("action", "ADD");
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        event.put("epcList", List.of());
        event.put("quantityList", List.of(quantity(lotClass(lot.lotId()), lot.kg(), "KGM")));
        event.put("readPoint", Map.of("id", BASE + "farm/" + encode(lot.farmId())));
        event.put("goji:farmId", lot.farmId());
        if (lot.cooperativeId() != null) {
            event.put("goji:cooperativeId", lot.cooperativeId());
        }
        event.put("goji:province", lot.province());
        event.put("goji:county", lot.county());
        if (lot.grade() != null) {
            event.put("goji:grade", lot.grade());
        }
        if (lot.variety() != null) {
            event.put("goji:variety", lot.variety());
        }
        return event;
    }

    private static Map<String, Object> transformation(BatchFact batch, ZoneId zone) {
        Map<String, Object> event =
                event("TransformationEvent", batch.process() + "|" + batch.batchId(), batch.processedAt(), zone);
        event.put("bizStep", "commissioning");
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (BatchFact.LotTaken input : batch.inputs()) {
            inputs.add(quantity(lotClass(input.lotId()), input.kg(), "KGM"));
        }
        event.put("inputQuantityList", inputs);
        event.put(
                "outputQuantityList",
                List.of(quantity(batchClass(batch.batchId()), batch.outputQuantity(), uom(batch.output()))));
        event.put("transformationID", batchClass(batch.batchId()));
        event.put("readPoint", Map.of("id", BASE + "processor/" + encode(batch.processorId())));
        event.put("goji:process", batch.process());
        event.put("goji:productForm", batch.output().wireName());
        event.put("goji:method", batch.method());
        return event;
    }

    private static Map<String, Object> sale(NamedSaleFact sale, TraceCalculator.LotHistory history, ZoneId zone) {
        Instant dayStart = sale.day().atStartOfDay(zone).toInstant();
        Map<String, Object> event = event(
                "ObjectEvent",
                "sold|" + sale.batchId() + "|" + sale.day() + "|"
                        + sale.productForm().wireName() + "|" + sale.channel().name() + "|" + sale.province() + "|"
                        + sale.currency(),
                dayStart,
                zone);
        event.put("action", "OBSERVE");
        event.put("bizStep", "retail_selling");
        event.put("disposition", "retail_sold");
        event.put("epcList", List.of());
        boolean batch = history.batches().containsKey(sale.batchId());
        String epcClass = batch ? batchClass(sale.batchId()) : lotClass(sale.batchId());
        event.put("quantityList", List.of(quantity(epcClass, sale.volume(), uom(sale.productForm()))));
        event.put("goji:productForm", sale.productForm().wireName());
        event.put("goji:channel", sale.channel().name().toLowerCase(Locale.ROOT));
        event.put("goji:buyerProvince", sale.province());
        event.put("goji:orders", sale.orders());
        event.put(
                "goji:revenue",
                Map.of("currency", sale.currency(), "amount", sale.revenue().toPlainString()));
        return event;
    }

    private static Map<String, Object> event(String type, String name, Instant time, ZoneId zone) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventID", "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
        event.put("eventTime", time.toString());
        ZoneOffset offset = zone.getRules().getOffset(time);
        event.put("eventTimeZoneOffset", offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        return event;
    }

    private static Map<String, Object> quantity(String epcClass, BigDecimal quantity, String uom) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("epcClass", epcClass);
        item.put("quantity", quantity);
        item.put("uom", uom);
        return item;
    }

    static String lotClass(String lotId) {
        return BASE + "lot/" + encode(lotId);
    }

    static String batchClass(String batchId) {
        return BASE + "batch/" + encode(batchId);
    }

    /** UN/CEFACT Rec 20: kilograms or litres. */
    private static String uom(ProductForm form) {
        return (form == ProductForm.NFC_JUICE || form == ProductForm.PULP) ? "LTR" : "KGM";
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
