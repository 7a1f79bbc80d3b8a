package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.boot.ingest.IngestProperties;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The checks every request goes through: the eventTime window, batch size, repeated eventIds, field order. */
class IngestValidatorTests {

    record Item(
            @Nullable UUID eventId,
            @NotNull(message = Messages.REQUIRED) @Nullable Instant eventTime) implements IngestRequest {}

    private static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final IngestValidator validator = new IngestValidator(
            VALIDATION.getValidator(), Clock.fixed(NOW, ZoneOffset.UTC), IngestProperties.defaults());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static Item item(@Nullable String id) {
        return new Item(id != null ? UUID.fromString(id) : null, NOW);
    }

    private List<FieldError> batchErrors(List<@Nullable Item> items) {
        try {
            this.validator.validateBatch(items, (request, errors) -> {});
            return List.of();
        } catch (InvalidEventException ex) {
            return ex.errors();
        } catch (PayloadTooLargeException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void aBatchRepeatingAnEventIdNamesBothItems() {
        String id = "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
        List<@Nullable Item> items = List.of(item(id), item(null), item(null), item(id));

        assertThat(batchErrors(items))
                .containsExactly(
                        new FieldError("[0].eventId", "is repeated by item [3]"),
                        new FieldError("[3].eventId", "repeats the eventId of item [0]"));
    }

    @Test
    void everyRepeatIsNamedAndOtherProblemsStayInItemOrder() {
        String a = "00000000-0000-4000-8000-00000000000a";
        List<@Nullable Item> items = new ArrayList<>();
        items.add(item(a));
        items.add(new Item(UUID.fromString(a), null));
        items.add(null);
        items.add(item(a));

        assertThat(batchErrors(items))
                .containsExactly(
                        new FieldError("[0].eventId", "is repeated by item [1]"),
                        new FieldError("[0].eventId", "is repeated by item [3]"),
                        new FieldError("[1].eventId", "repeats the eventId of item [0]"),
                        new FieldError("[1].eventTime", Messages.REQUIRED),
                        new FieldError("[2]", Messages.NOT_AN_EVENT),
                        new FieldError("[3].eventId", "repeats the eventId of item [0]"));
    }

    @Test
    void itemsWithoutEventIdOrWithDistinctOnesPass() {
        assertThat(batchErrors(List.of(
                        item(null),
                        item(null),
                        item("00000000-0000-4000-8000-000000000001"),
                        item("00000000-0000-4000-8000-000000000002"))))
                .isEmpty();
    }

    @Test
    void theEventTimeWindowIsChecked() {
        assertThat(this.validator.check(new Item(null, NOW.plusSeconds(86_401)), (r, e) -> {}))
                .containsExactly(new FieldError("eventTime", "must not be more than 1 day in the future"));
        assertThat(this.validator.check(new Item(null, Instant.parse("1999-12-31T23:59:59Z")), (r, e) -> {}))
                .containsExactly(new FieldError("eventTime", "must not be before 2000-01-01T00:00:00Z"));
    }

    @Test
    void aBatchOverTheLimitIs413AndAnEmptyOneIs400() {
        List<@Nullable Item> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(item(null));
        }
        assertThatThrownBy(() -> this.validator.validateBatch(tooMany, (r, e) -> {}))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("Batch holds 1001 events; at most 1000 are accepted in one request.");
        assertThat(batchErrors(List.of()))
                .containsExactly(new FieldError(FieldError.BODY, "batch must hold 1 to 1000 events"));
    }
}
