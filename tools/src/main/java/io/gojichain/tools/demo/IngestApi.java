package io.gojichain.tools.demo;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import java.net.URI;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ingest services' batch endpoints (docs/CONTRACT.md section 2) and the request body of an event:
 * the event without what the service stamps itself ({@code recordTime}, {@code source},
 * {@code schemaVersion}, and {@code eventType}, which the endpoint implies).
 */
record IngestApi(URI harvest, URI processing, URI sales) {

    static final String DEFAULT_HARVEST = "http://localhost:8081";

    static final String DEFAULT_PROCESSING = "http://localhost:8082";

    static final String DEFAULT_SALES = "http://localhost:8083";

    private static final List<String> STAMPED_BY_SERVICE = List.of("recordTime", "source", "schemaVersion");

    /** Where a batch of events of this type is posted. */
    URI batchUri(EventType type) {
        switch (type) {
            case HARVESTED:
                return resolve(this.harvest, "/api/v1/harvests/batch");
            case DRIED:
                return resolve(this.processing, "/api/v1/processing/dried/batch");
            case JUICED:
                return resolve(this.processing, "/api/v1/processing/juiced/batch");
            default:
                return resolve(this.sales, "/api/v1/sales/batch");
        }
    }

    /** The service that takes events of this type, for messages. */
    static String serviceOf(EventType type) {
        switch (type) {
            case HARVESTED:
                return "harvest-service";
            case SOLD:
                return "sales-service";
            default:
                return "processing-service";
        }
    }

    /**
     * The JSON a client sends for this event; with {@code keepType} the {@code eventType} stays, so
     * that a line of an NDJSON file says what it is.
     */
    static ObjectNode body(GojiEvent event, boolean keepType) {
        ObjectNode node = GojiJson.mapper().valueToTree(event);
        node.remove(STAMPED_BY_SERVICE);
        if (!keepType) {
            node.remove("eventType");
        }
        return node;
    }

    private static URI resolve(URI base, String path) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + path);
    }
}
