package io.gojichain.tools.chaos;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid request bodies with fresh client eventIds (so that nothing a fault run sends can meet an
 * id of the demo season and be dropped as a duplicate), dated within the last hour.
 */
final class ChaosEvents {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final String[] PROVINCES = {"Guangdong", "Zhejiang", "Beijing", "Shanghai", "Sichuan", "Xinjiang"};

    private static final String[] CHANNELS = {"online", "offline", "livestream"};

    private final String runId;

    private final AtomicLong sequence = new AtomicLong();

    ChaosEvents(String runId) {
        this.runId = runId;
    }

    ObjectNode event(EventType type) {
        return switch (type) {
            case HARVESTED -> harvested();
            case DRIED -> dried();
            case JUICED -> juiced();
            case SOLD -> sold();
        };
    }

    private ObjectNode envelope() {
        ObjectNode node = GojiJson.mapper().createObjectNode();
        node.put("eventId", UUID.randomUUID().toString());
        OffsetDateTime when = OffsetDateTime.now(CHINA)
                .minusSeconds(ThreadLocalRandom.current().nextInt(3600))
                .truncatedTo(ChronoUnit.SECONDS);
        node.put("eventTime", when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return node;
    }

    private String code(String prefix) {
        return prefix + "-" + this.runId + "-" + this.sequence.incrementAndGet();
    }

    private ObjectNode harvested() {
        ObjectNode node = envelope();
        node.put("lotId", code("CH-LOT"));
        node.put("farmId", "F" + (100 + ThreadLocalRandom.current().nextInt(50)));
        node.put("cooperativeId", "COOP-CH-" + ThreadLocalRandom.current().nextInt(5));
        ObjectNode region = node.putObject("region");
        region.put("province", "Xinjiang");
        region.put("county", "Jinghe");
        node.put("quantityKg", 100 + ThreadLocalRandom.current().nextInt(900));
        return node;
    }

    private ObjectNode transformation() {
        ObjectNode node = envelope();
        node.put("batchId", code("CH-BATCH"));
        node.put("processorId", "P0" + (1 + ThreadLocalRandom.current().nextInt(9)));
        ArrayNode inputs = node.putArray("inputs");
        ObjectNode input = inputs.addObject();
        input.put("lotId", code("CH-IN"));
        input.put("quantityKg", 450);
        return node;
    }

    private ObjectNode dried() {
        ObjectNode node = transformation();
        node.put("method", "hot_air");
        node.put("outputKg", 100);
        return node;
    }

    private ObjectNode juiced() {
        ObjectNode node = transformation();
        node.put("product", "nfc_juice");
        node.put("outputLiters", 340);
        return node;
    }

    private ObjectNode sold() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        ObjectNode node = envelope();
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        node.put("orderId", code("CH-ORDER"));
        node.put("sku", "DRIED-250G");
        node.put("productForm", "dried");
        node.put("quantity", 1 + random.nextInt(5));
        node.put("packSize", 0.25);
        node.put("packUnit", "kg");
        node.put("unitPrice", "29.90");
        node.put("currency", "CNY");
        node.put("channel", channel);
        if (channel.equals("livestream")) {
            node.put("livestreamId", "LS-CHAOS-" + this.runId);
        }
        ObjectNode region = node.putObject("buyerRegion");
        region.put("province", PROVINCES[random.nextInt(PROVINCES.length)]);
        return node;
    }
}
