package io.gojichain.insights.trace;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.farms.TraceabilityFixture;
import io.openepcis.model.epcis.Action;
import io.openepcis.model.epcis.EPCISDocument;
import io.openepcis.model.epcis.EPCISEvent;
import io.openepcis.model.epcis.ObjectEvent;
import io.openepcis.model.epcis.QuantityList;
import io.openepcis.model.epcis.TransformationEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/trace/lots/{lotId}/epcis}, read back by an independent EPCIS 2.0 implementation:
 * the OpenEPCIS event model ({@code io.openepcis:openepcis-model-epcis} from Maven Central, Apache
 * 2.0). Why that one: it is a maintained, GS1-conformant Java model of EPCIS 2.0 documents that
 * OpenEPCIS' own repository and converters are built on, and it reads JSON-LD with a plain Jackson 2
 * mapper, so nothing of ours (Jackson 3, our records) is on the reading side. We check what a
 * receiving system needs: every event with its type, action and bizStep, the quantities and units,
 * and the links (the harvest's lot is an input of the transformation, whose output class is what
 * the sales name).
 */
@WebMvcTest(TraceController.class)
@Import(AnalyticsSliceConfig.class)
class EpcisExportTests {

    private static final String LOT_L1 = "https://gojichain.io/lot/L1";

    private static final String BATCH_B1 = "https://gojichain.io/batch/B1";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedLinkFacts links;

    @Autowired
    private FixedInsightFacts facts;

    @BeforeEach
    void fill() {
        TraceabilityFixture.fill(this.links, this.facts);
    }

    @Test
    void theIndependentModelReadsEveryEventQuantityAndLink() throws Exception {
        byte[] body = this.mvc
                .perform(get("/api/v1/trace/lots/L1/epcis"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/ld+json")))
                .andExpect(jsonPath("$['@context'][0]")
                        .value("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"))
                .andExpect(jsonPath("$.type").value("EPCISDocument"))
                .andExpect(jsonPath("$.schemaVersion").value("2.0"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        ObjectMapper epcis = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // the document's @context and type are JSON-LD, not fields of the model's classes
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        EPCISDocument document = epcis.readValue(new String(body, StandardCharsets.UTF_8), EPCISDocument.class);
        List<? extends EPCISEvent> events = document.getEpcisBody().getEventList();
        // the harvest, the one batch that took from L1, and its sales: naming B1 (dried) and L1 (fresh)
        assertThat(events).hasSize(4);
        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("ObjectEvent", "TransformationEvent", "ObjectEvent", "ObjectEvent");
        assertThat(events)
                .extracting(EPCISEvent::getEventID)
                .allSatisfy(id -> assertThat(id).startsWith("urn:uuid:"))
                .doesNotHaveDuplicates();

        ObjectEvent harvest = (ObjectEvent) events.get(0);
        assertThat(harvest.getAction()).isEqualTo(Action.ADD);
        assertThat(harvest.getBizStep()).isEqualTo("commissioning");
        assertThat(harvest.getEventTime().toInstant()).hasToString("2026-09-01T04:00:00Z");
        assertThat(harvest.getEventTimeZoneOffset()).isEqualTo("+08:00");
        assertQuantity(harvest.getQuantityList().get(0), LOT_L1, 100f, "KGM");
        assertThat(harvest.getReadPoint().getId()).hasToString("https://gojichain.io/farm/F1");
        assertThat(harvest.getUserExtensions())
                .containsEntry("goji:farmId", "F1")
                .containsEntry("goji:cooperativeId", "C1");

        TransformationEvent drying = (TransformationEvent) events.get(1);
        assertThat(drying.getTransformationID()).isEqualTo(BATCH_B1);
        assertThat(drying.getInputQuantityList()).hasSize(3);
        assertQuantity(drying.getInputQuantityList().get(0), LOT_L1, 30f, "KGM");
        assertQuantity(drying.getInputQuantityList().get(1), "https://gojichain.io/lot/L2", 10f, "KGM");
        assertQuantity(drying.getInputQuantityList().get(2), "https://gojichain.io/lot/LX", 20f, "KGM");
        assertThat(drying.getOutputQuantityList())
                .singleElement()
                .satisfies(output -> assertQuantity(output, BATCH_B1, 13f, "KGM"));
        assertThat(drying.getUserExtensions()).containsEntry("goji:method", "hot_air");

        ObjectEvent driedSale = (ObjectEvent) events.get(2);
        assertThat(driedSale.getAction()).isEqualTo(Action.OBSERVE);
        assertThat(driedSale.getBizStep()).isEqualTo("retail_selling");
        assertThat(driedSale.getDisposition()).isEqualTo("retail_sold");
        assertQuantity(driedSale.getQuantityList().get(0), BATCH_B1, 1.5f, "KGM");
        assertThat(driedSale.getUserExtensions())
                .containsEntry("goji:orders", 3)
                .containsEntry("goji:channel", "online");

        ObjectEvent freshSale = (ObjectEvent) events.get(3);
        assertQuantity(freshSale.getQuantityList().get(0), LOT_L1, 5f, "KGM");

        // the links survive: harvest -> transformation input, transformation output -> sale
        assertThat(drying.getInputQuantityList())
                .extracting(QuantityList::getEpcClass)
                .contains(harvest.getQuantityList().get(0).getEpcClass());
        assertThat(driedSale.getQuantityList().get(0).getEpcClass())
                .isEqualTo(drying.getOutputQuantityList().get(0).getEpcClass());
    }

    @Test
    void juiceIsInLitresAndAnUnknownLotIsA404() throws Exception {
        this.mvc
                .perform(get("/api/v1/trace/lots/L3/epcis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.epcisBody.eventList[1].type").value("TransformationEvent"))
                .andExpect(jsonPath("$.epcisBody.eventList[1].outputQuantityList[0].uom")
                        .value("LTR"))
                .andExpect(jsonPath("$.epcisBody.eventList[2].quantityList[0].quantity")
                        .value(2));
        this.mvc
                .perform(get("/api/v1/trace/lots/NOPE/epcis"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static void assertQuantity(QuantityList quantity, String epcClass, float amount, String uom) {
        assertThat(quantity.getEpcClass()).isEqualTo(epcClass);
        assertThat(quantity.getQuantity()).isEqualTo(amount);
        assertThat(quantity.getUom()).isEqualTo(uom);
    }
}
