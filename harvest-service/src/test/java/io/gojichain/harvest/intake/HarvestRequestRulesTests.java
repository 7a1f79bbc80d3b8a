package io.gojichain.harvest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.web.FieldError;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.boot.web.InvalidEventException;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Region;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field rule of docs/CONTRACT.md section 1 for {@code harvested}, with its boundaries and exact field paths. */
class HarvestRequestRulesTests {

    private static final Instant NOW = Instant.parse("2026-07-02T04:00:00Z");

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final HarvestRequestRules rules = new HarvestRequestRules(new IngestValidator(
            VALIDATION.getValidator(), Clock.fixed(NOW, ZoneOffset.UTC), IngestProperties.defaults()));

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static HarvestRequest valid() {
        return new HarvestRequest(
                null,
                Instant.parse("2026-07-02T01:30:00Z"),
                "JH-2026-0702-F017",
                "F017",
                "COOP-JH-03",
                new HarvestRequest.RegionRequest("Xinjiang", "Jinghe"),
                "Ningqi-10",
                Grade.GRADE_A,
                new BigDecimal("1250.5"));
    }

    private static HarvestRequest withQuantity(@Nullable String kg) {
        HarvestRequest r = valid();
        return new HarvestRequest(
                r.eventId(),
                r.eventTime(),
                r.lotId(),
                r.farmId(),
                r.cooperativeId(),
                r.region(),
                r.variety(),
                r.grade(),
                kg == null ? null : new BigDecimal(kg));
    }

    private static HarvestRequest withEventTime(@Nullable Instant eventTime) {
        HarvestRequest r = valid();
        return new HarvestRequest(
                r.eventId(),
                eventTime,
                r.lotId(),
                r.farmId(),
                r.cooperativeId(),
                r.region(),
                r.variety(),
                r.grade(),
                r.quantityKg());
    }

    private static HarvestRequest withCodes(@Nullable String lotId, @Nullable String farmId, @Nullable String coop) {
        HarvestRequest r = valid();
        return new HarvestRequest(
                r.eventId(), r.eventTime(), lotId, farmId, coop, r.region(), r.variety(), r.grade(), r.quantityKg());
    }

    private static HarvestRequest withRegion(HarvestRequest.@Nullable RegionRequest region) {
        HarvestRequest r = valid();
        return new HarvestRequest(
                r.eventId(),
                r.eventTime(),
                r.lotId(),
                r.farmId(),
                r.cooperativeId(),
                region,
                r.variety(),
                r.grade(),
                r.quantityKg());
    }

    private static HarvestRequest withVariety(@Nullable String variety) {
        HarvestRequest r = valid();
        return new HarvestRequest(
                r.eventId(),
                r.eventTime(),
                r.lotId(),
                r.farmId(),
                r.cooperativeId(),
                r.region(),
                variety,
                r.grade(),
                r.quantityKg());
    }

    private static String chars(int n) {
        return "a".repeat(n);
    }

    private static final String LOT_CODE = "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -";

    @Test
    void aCompleteRequestPasses() {
        assertThat(this.rules.check(valid())).isEmpty();
    }

    @Test
    void onlyTheRequiredFieldsPass() {
        HarvestRequest minimal = new HarvestRequest(
                null,
                Instant.parse("2026-07-02T01:30:00Z"),
                "L1",
                "F1",
                null,
                new HarvestRequest.RegionRequest("Xinjiang", "Jinghe"),
                null,
                null,
                new BigDecimal("1"));
        assertThat(this.rules.check(minimal)).isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        HarvestRequest empty = new HarvestRequest(null, null, null, null, null, null, null, null, null);
        assertThat(this.rules.check(empty))
                .containsExactly(
                        new FieldError("eventTime", "must not be null"),
                        new FieldError("farmId", "must not be null"),
                        new FieldError("lotId", "must not be null"),
                        new FieldError("quantityKg", "must not be null"),
                        new FieldError("region", "must not be null"));
    }

    @Test
    void quantityKgMustBePositive() {
        assertThat(this.rules.check(withQuantity("0")))
                .containsExactly(new FieldError("quantityKg", "must be greater than 0"));
        assertThat(this.rules.check(withQuantity("-1")))
                .containsExactly(new FieldError("quantityKg", "must be greater than 0"));
        assertThat(this.rules.check(withQuantity("0.001"))).isEmpty();
    }

    @Test
    void quantityKgIsAtMostOneHundredTonnes() {
        assertThat(this.rules.check(withQuantity("100000"))).isEmpty();
        assertThat(this.rules.check(withQuantity("100000.000"))).isEmpty();
        assertThat(this.rules.check(withQuantity("100000.001")))
                .containsExactly(new FieldError("quantityKg", "must be less than or equal to 100000"));
    }

    @Test
    void quantityKgHasAtMostThreeDecimalPlaces() {
        assertThat(this.rules.check(withQuantity("12.345"))).isEmpty();
        assertThat(this.rules.check(withQuantity("12.3456")))
                .containsExactly(new FieldError(
                        "quantityKg", "must have at most 3 decimal places (and at most 9 integer digits)"));
        // Places are counted as written (@Digits), so a fourth zero is a fourth place too.
        assertThat(this.rules.check(withQuantity("12.3450")))
                .containsExactly(new FieldError(
                        "quantityKg", "must have at most 3 decimal places (and at most 9 integer digits)"));
    }

    @Test
    void lotCodesFollowThePattern() {
        assertThat(this.rules.check(withCodes(chars(64), chars(64), chars(64)))).isEmpty();
        assertThat(this.rules.check(withCodes("A-z_0.9:x", "F-1", null))).isEmpty();
        assertThat(this.rules.check(withCodes(chars(65), "", "JH 03")))
                .containsExactly(
                        new FieldError("cooperativeId", LOT_CODE),
                        new FieldError("farmId", LOT_CODE),
                        new FieldError("lotId", LOT_CODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lot/1", "lot 1", "lót", "lot#1", "lot\n"})
    void lotIdRejectsCharactersOutsideThePattern(String lotId) {
        assertThat(this.rules.check(withCodes(lotId, "F1", null))).containsExactly(new FieldError("lotId", LOT_CODE));
    }

    @Test
    void regionNeedsProvinceAndCountyOfOneToFortyCharacters() {
        assertThat(this.rules.check(withRegion(new HarvestRequest.RegionRequest(chars(40), chars(1)))))
                .isEmpty();
        assertThat(this.rules.check(withRegion(new HarvestRequest.RegionRequest(chars(41), ""))))
                .containsExactly(
                        new FieldError("region.county", "must not be blank"),
                        new FieldError("region.province", "size must be at most 40"));
        assertThat(this.rules.check(withRegion(new HarvestRequest.RegionRequest(null, "  "))))
                .containsExactly(
                        new FieldError("region.county", "must not be blank"),
                        new FieldError("region.province", "must not be blank"));
        assertThat(this.rules.check(withRegion(null))).containsExactly(new FieldError("region", "must not be null"));
    }

    @Test
    void varietyIsOptionalAndOneToSixtyCharacters() {
        assertThat(this.rules.check(withVariety(null))).isEmpty();
        assertThat(this.rules.check(withVariety(chars(60)))).isEmpty();
        assertThat(this.rules.check(withVariety(chars(61))))
                .containsExactly(new FieldError("variety", "size must be between 1 and 60"));
        assertThat(this.rules.check(withVariety("")))
                .containsExactly(new FieldError("variety", "size must be between 1 and 60"));
    }

    @Test
    void eventTimeMayBeAtMostOneDayAhead() {
        assertThat(this.rules.check(withEventTime(NOW.plus(Duration.ofDays(1)))))
                .isEmpty();
        assertThat(this.rules.check(withEventTime(Instant.parse("2026-07-03T04:00:01Z"))))
                .containsExactly(new FieldError("eventTime", "must not be more than 1 day in the future"));
    }

    @Test
    void eventTimeIsNotBefore2000() {
        assertThat(this.rules.check(withEventTime(Instant.parse("2000-01-01T00:00:00Z"))))
                .isEmpty();
        assertThat(this.rules.check(withEventTime(Instant.parse("1999-12-31T23:59:59Z"))))
                .containsExactly(new FieldError("eventTime", "must not be before 2000-01-01T00:00:00Z"));
    }

    @Test
    void validateThrowsWithAllProblemsSortedByField() {
        HarvestRequest r = new HarvestRequest(
                null,
                Instant.parse("1999-01-01T00:00:00Z"),
                "bad lot",
                "F1",
                null,
                new HarvestRequest.RegionRequest("Xinjiang", ""),
                null,
                null,
                new BigDecimal("0"));
        assertThatThrownBy(() -> this.rules.validate(r)).isInstanceOfSatisfying(InvalidEventException.class, ex -> {
            assertThat(ex.getMessage()).isEqualTo("4 problems in the request body");
            assertThat(ex.eventCount()).isEqualTo(1);
            assertThat(ex.errors())
                    .extracting(FieldError::field)
                    .containsExactly("eventTime", "lotId", "quantityKg", "region.county");
        });
    }

    @Test
    void anEmptyBatchIsRejectedAsAWhole() {
        assertThatThrownBy(() -> this.rules.validateBatch(List.of()))
                .isInstanceOfSatisfying(
                        InvalidEventException.class,
                        ex -> assertThat(ex.errors())
                                .containsExactly(new FieldError("$", "batch must hold 1 to 1000 events")));
    }

    @Test
    void aBatchOfOneThousandPassesAndOneMoreIsTooLarge() throws Exception {
        this.rules.validateBatch(Collections.nCopies(1000, valid()));
        assertThatThrownBy(() -> this.rules.validateBatch(Collections.nCopies(1001, valid())))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, ex -> {
                    assertThat(ex).hasMessage("Batch holds 1001 events; at most 1000 are accepted in one request.");
                    assertThat(ex.eventCount()).isEqualTo(1001);
                });
    }

    @Test
    void batchErrorsCarryTheItemIndexInItemOrder() {
        List<@Nullable HarvestRequest> batch = new ArrayList<>(Collections.nCopies(12, valid()));
        batch.set(2, withQuantity("0"));
        batch.set(3, withRegion(new HarvestRequest.RegionRequest("Xinjiang", "")));
        batch.set(5, null);
        batch.set(10, withCodes("bad lot", "F1", null));
        assertThatThrownBy(() -> this.rules.validateBatch(batch))
                .isInstanceOfSatisfying(InvalidEventException.class, ex -> {
                    assertThat(ex.eventCount()).isEqualTo(12);
                    assertThat(ex.errors())
                            .containsExactly(
                                    new FieldError("[2].quantityKg", "must be greater than 0"),
                                    new FieldError("[3].region.county", "must not be blank"),
                                    new FieldError("[5]", "must be an event object, not null"),
                                    new FieldError("[10].lotId", LOT_CODE));
                });
    }

    @Test
    void toEventStampsTheEnvelope() {
        Instant recordTime = Instant.parse("2026-07-02T04:00:00.123Z");
        Harvested event = valid().toEvent(recordTime, "COOP-JH-03", "county-data");
        assertThat(event.eventId()).isNotNull();
        assertThat(event)
                .isEqualTo(new Harvested(
                        event.eventId(),
                        EventType.HARVESTED,
                        Instant.parse("2026-07-02T01:30:00Z"),
                        recordTime,
                        "harvest-service",
                        1,
                        "JH-2026-0702-F017",
                        "F017",
                        "COOP-JH-03",
                        new Region("Xinjiang", "Jinghe"),
                        "Ningqi-10",
                        Grade.GRADE_A,
                        new BigDecimal("1250.5"),
                        "county-data"));
        assertThat(valid().toEvent(recordTime, null, null).eventId()).isNotEqualTo(event.eventId());
    }

    @Test
    void toEventKeepsTheClientsEventId() {
        UUID id = UUID.fromString("3f1c7d0e-8a4b-4c2e-9f5a-1b2c3d4e5f60");
        HarvestRequest r = valid();
        HarvestRequest withId = new HarvestRequest(
                id,
                r.eventTime(),
                r.lotId(),
                r.farmId(),
                r.cooperativeId(),
                r.region(),
                r.variety(),
                r.grade(),
                r.quantityKg());
        assertThat(withId.toEvent(NOW, null, null).eventId()).isEqualTo(id);
    }
}
