package io.gojichain.boot.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/** The record the publisher builds, without a broker; the broker round trip is in IngestApplicationTests. */
class EventPublisherTests {

    private static Sold sold(Instant eventTime) {
        return new Sold(
                UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                EventType.SOLD,
                eventTime,
                Instant.parse("2026-08-15T13:05:00.001Z"),
                "sales-service",
                1,
                "DY-3300917",
                "NFC-30ML-X10",
                ProductForm.NFC_JUICE,
                null,
                2,
                new BigDecimal("0.3"),
                PackUnit.L,
                new BigDecimal("59.00"),
                "CNY",
                Channel.LIVESTREAM,
                "douyin",
                "LS-20260815-A",
                new BuyerRegion("Zhejiang", null),
                null);
    }

    private static Map<String, String> headers(ProducerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Test
    void theRecordGoesToTheSoldTopicKeyedByOrderIdWithCloudEventsHeaders() {
        ProducerRecord<String, ?> record = EventPublisher.record(sold(Instant.parse("2026-08-15T13:05:00Z")));

        assertThat(record.topic()).isEqualTo("goji.sold.v1");
        assertThat(record.key()).isEqualTo("DY-3300917");
        assertThat(record.partition()).isNull();
        assertThat(headers(record))
                .containsExactly(
                        Map.entry("ce_specversion", "1.0"),
                        Map.entry("ce_id", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        Map.entry("ce_type", "goji.sold.v1"),
                        Map.entry("ce_source", "/sales-service"),
                        Map.entry("ce_time", "2026-08-15T13:05:00Z"),
                        Map.entry("content-type", "application/json"));
    }

    @Test
    void ceTimeIsWrittenExactlyLikeTheEventTimeInTheJson() {
        Sold event = sold(Instant.parse("2026-08-15T13:05:00.123456789Z"));
        ProducerRecord<String, ?> record = EventPublisher.record(event);
        JacksonJsonSerializer<Sold> serializer = new JacksonJsonSerializer<Sold>(GojiJson.mapper()).noTypeInfo();

        String json = new String(serializer.serialize("goji.sold.v1", event), StandardCharsets.UTF_8);

        assertThat(headers(record).get("ce_time")).isEqualTo("2026-08-15T13:05:00.123456789Z");
        assertThat(GojiJson.mapper().readTree(json).get("eventTime").asString())
                .isEqualTo("2026-08-15T13:05:00.123456789Z");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-08-15T13:05:00Z",
                "2026-08-15T13:05:00.100Z",
                "2026-08-15T13:05:00.000123Z",
                "2026-08-15T13:05:00.000000007Z"
            })
    void theRecordsJsonIsByteForByteTheContractMappers(String eventTime) {
        Sold event = sold(Instant.parse(eventTime));
        byte[] contract =
                new JacksonJsonSerializer<Sold>(GojiJson.mapper()).noTypeInfo().serialize("goji.sold.v1", event);

        assertThat(new String(EventJson.serializer().serialize("goji.sold.v1", event), StandardCharsets.UTF_8))
                .isEqualTo(new String(contract, StandardCharsets.UTF_8));
    }
}
