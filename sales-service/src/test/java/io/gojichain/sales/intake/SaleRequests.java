package io.gojichain.sales.intake;

import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.web.StrictJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Valid order lines as JSON trees that tests change one field at a time. */
final class SaleRequests {

    /** The mapper the service binds requests with (Boot's builder plus the service's customizer). */
    static final JsonMapper MAPPER = strictMapper();

    static final IngestProperties PROPERTIES = IngestProperties.defaults();

    private SaleRequests() {}

    /** An online sale of dried berries with every optional field set. */
    static ObjectNode online() {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("eventId", "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f");
        json.put("eventTime", "2026-09-01T20:00:00+08:00");
        json.put("orderId", "JD-880021");
        json.put("sku", "DRIED-250G-PREMIUM");
        json.put("productForm", "dried");
        json.put("batchId", "P03-D-0709-01");
        json.put("quantity", 3);
        json.put("packSize", new java.math.BigDecimal("0.25"));
        json.put("packUnit", "kg");
        json.put("unitPrice", "29.90");
        json.put("currency", "CNY");
        json.put("channel", "online");
        json.put("platform", "jd");
        ObjectNode buyer = json.putObject("buyerRegion");
        buyer.put("province", "Guangdong");
        buyer.put("city", "Shenzhen");
        json.put("customerId", "c-7f3a9");
        return json;
    }

    /** A livestream sale of NFC juice with only the required fields (and the livestreamId it needs). */
    static ObjectNode livestream() {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("eventTime", "2026-08-15T13:05:00Z");
        json.put("orderId", "DY-3300917");
        json.put("sku", "NFC-30ML-X10");
        json.put("productForm", "nfc_juice");
        json.put("quantity", 2);
        json.put("packSize", new java.math.BigDecimal("0.3"));
        json.put("packUnit", "L");
        json.put("unitPrice", "59.00");
        json.put("channel", "livestream");
        json.put("livestreamId", "LS-20260815-A");
        json.putObject("buyerRegion").put("province", "Zhejiang");
        return json;
    }

    static SaleRequest read(ObjectNode json) {
        return MAPPER.treeToValue(json, SaleRequest.class);
    }

    private static JsonMapper strictMapper() {
        return StrictJson.apply(JsonMapper.builder()).build();
    }
}
