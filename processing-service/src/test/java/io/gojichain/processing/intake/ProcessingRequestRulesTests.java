package io.gojichain.processing.intake;

import static io.gojichain.processing.intake.TestRequests.NOW;
import static io.gojichain.processing.intake.TestRequests.input;
import static io.gojichain.processing.intake.TestRequests.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.web.FieldError;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.boot.web.InvalidEventException;
import io.gojichain.boot.web.PayloadTooLargeException;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of docs/CONTRACT.md section 1 for {@code dried} and {@code juiced}, with its boundaries. */
class ProcessingRequestRulesTests {

    private static final String LOT_CODE = "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -";

    private static final String NOT_NULL = "must not be null";

    private static final String POSITIVE = "must be greater than 0";

    private static final String DECIMALS = "must have at most 3 decimal places (and at most 9 integer digits)";

    private static final String INPUTS_SIZE = "size must be between 1 and 100";

    private static final String FUTURE = "must not be more than 1 day in the future";

    private static final String TOO_OLD = "must not be before 2000-01-01T00:00:00Z";

    private static final String SIXTY_FOUR = "a".repeat(64);

    private static Locale defaultLocale;

    private static ValidatorFactory validatorFactory;

    private static ProcessingRequestRules rules;

    @BeforeAll
    static void rules() {
        // The messages are asserted word for word: pin the language Hibernate Validator speaks.
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        validatorFactory = Validation.buildDefaultValidatorFactory();
        rules = new ProcessingRequestRules(new IngestValidator(
                validatorFactory.getValidator(), Clock.fixed(NOW, ZoneOffset.UTC), IngestProperties.defaults()));
    }

    /** Every problem of a batch, as the 400 would list them; empty when it passes. */
    private static List<FieldError> checkAll(List<? extends ProcessingRequest> batch) {
        try {
            rules.validateBatch(batch);
            return List.of();
        } catch (InvalidEventException ex) {
            return ex.errors();
        } catch (PayloadTooLargeException ex) {
            throw new AssertionError(ex);
        }
    }

    @AfterAll
    static void close() {
        validatorFactory.close();
        Locale.setDefault(defaultLocale);
    }

    private static List<FieldError> check(TestRequests.Dried dried) {
        return rules.check(dried.build());
    }

    private static List<FieldError> check(TestRequests.Juiced juiced) {
        return rules.check(juiced.build());
    }

    @Nested
    class DriedRules {

        @Test
        void aValidRequestPasses() {
            assertThat(check(TestRequests.dried())).isEmpty();
        }

        @Test
        void optionalFieldsMayBeLeftOut() {
            TestRequests.Dried dried = TestRequests.dried();
            dried.eventId = null;
            dried.grade = null;
            assertThat(check(dried)).isEmpty();
        }

        static Stream<Arguments> brokenRequests() {
            return Stream.of(
                    broken("eventTime missing", d -> d.eventTime = null, "eventTime", NOT_NULL),
                    broken(
                            "eventTime 1 day + 1 s ahead",
                            d -> d.eventTime = NOW.plus(Duration.ofDays(1)).plusSeconds(1),
                            "eventTime",
                            FUTURE),
                    broken(
                            "eventTime 1 s before 2000",
                            d -> d.eventTime = Instant.parse("1999-12-31T23:59:59Z"),
                            "eventTime",
                            TOO_OLD),
                    broken("batchId missing", d -> d.batchId = null, "batchId", NOT_NULL),
                    broken("batchId empty", d -> d.batchId = "", "batchId", LOT_CODE),
                    broken("batchId with a space", d -> d.batchId = "P03 D", "batchId", LOT_CODE),
                    broken("batchId with a slash", d -> d.batchId = "P03/D", "batchId", LOT_CODE),
                    broken("batchId non-ASCII", d -> d.batchId = "批次1", "batchId", LOT_CODE),
                    broken("batchId 65 chars", d -> d.batchId = SIXTY_FOUR + "b", "batchId", LOT_CODE),
                    broken("processorId missing", d -> d.processorId = null, "processorId", NOT_NULL),
                    broken("processorId 65 chars", d -> d.processorId = SIXTY_FOUR + "p", "processorId", LOT_CODE),
                    broken("processorId with a space", d -> d.processorId = "P 03", "processorId", LOT_CODE),
                    broken("inputs missing", d -> d.inputs = null, "inputs", NOT_NULL),
                    broken("inputs empty", d -> d.inputs = new ArrayList<>(), "inputs", INPUTS_SIZE),
                    broken("101 inputs", d -> d.inputs = inputs(101, "10"), "inputs", INPUTS_SIZE),
                    broken("an input is null", d -> d.inputs.set(1, null), "inputs[1]", NOT_NULL),
                    broken(
                            "input lotId missing",
                            d -> d.inputs.set(1, input(null, "450.25")),
                            "inputs[1].lotId",
                            NOT_NULL),
                    broken(
                            "input lotId 65 chars",
                            d -> d.inputs.set(0, input(SIXTY_FOUR + "x", "900")),
                            "inputs[0].lotId",
                            LOT_CODE),
                    broken(
                            "input quantityKg missing",
                            d -> d.inputs.set(0, input("L1", null)),
                            "inputs[0].quantityKg",
                            NOT_NULL),
                    broken(
                            "input quantityKg 0",
                            d -> d.inputs.set(0, input("L1", "0")),
                            "inputs[0].quantityKg",
                            POSITIVE),
                    broken(
                            "input quantityKg negative",
                            d -> d.inputs.set(0, input("L1", "-1")),
                            "inputs[0].quantityKg",
                            POSITIVE),
                    broken(
                            "input quantityKg with 4 decimals",
                            d -> d.inputs.set(0, input("L1", "900.0001")),
                            "inputs[0].quantityKg",
                            DECIMALS),
                    broken(
                            "input quantityKg with 10 integer digits",
                            d -> d.inputs.set(0, input("L1", "1000000000")),
                            "inputs[0].quantityKg",
                            DECIMALS),
                    broken("method missing", d -> d.method = null, "method", NOT_NULL),
                    broken("outputKg missing", d -> d.outputKg = null, "outputKg", NOT_NULL),
                    broken("outputKg 0", d -> d.outputKg = BigDecimal.ZERO, "outputKg", POSITIVE),
                    broken("outputKg negative", d -> d.outputKg = new BigDecimal("-0.5"), "outputKg", POSITIVE),
                    broken(
                            "outputKg with 4 decimals",
                            d -> d.outputKg = new BigDecimal("300.0501"),
                            "outputKg",
                            DECIMALS),
                    broken(
                            "outputKg 1 g over the total input (900 + 450.25)",
                            d -> d.outputKg = new BigDecimal("1350.251"),
                            "outputKg",
                            "must not exceed the total input quantityKg (1350.25)"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenRequests")
        void eachBrokenRuleIsReportedUnderItsField(
                String name, Consumer<TestRequests.Dried> breakIt, String field, String message) {
            TestRequests.Dried dried = TestRequests.dried();
            breakIt.accept(dried);
            assertThat(check(dried)).containsExactly(new FieldError(field, message));
        }

        static Stream<Arguments> boundaryValues() {
            return Stream.of(
                    ok("eventTime exactly 1 day ahead", d -> d.eventTime = NOW.plus(Duration.ofDays(1))),
                    ok("eventTime exactly 2000-01-01", d -> d.eventTime = Instant.parse("2000-01-01T00:00:00Z")),
                    ok("batchId 64 chars", d -> d.batchId = SIXTY_FOUR),
                    ok("batchId of every allowed character", d -> d.batchId = "AZaz09._:-"),
                    ok("batchId 1 char", d -> d.batchId = "B"),
                    ok("processorId 64 chars", d -> d.processorId = SIXTY_FOUR),
                    ok("1 input", d -> d.inputs = inputs(1, "300.05")),
                    ok("100 inputs", d -> d.inputs = inputs(100, "10")),
                    ok("input quantityKg 1 g", d -> {
                        d.inputs = inputs(1, "0.001");
                        d.outputKg = new BigDecimal("0.001");
                    }),
                    ok("input quantityKg 999999999.999", d -> d.inputs.set(0, input("L1", "999999999.999"))),
                    ok("input quantityKg written with trailing zeros", d -> d.inputs.set(0, input("L1", "900.000"))),
                    ok("outputKg 1 g", d -> d.outputKg = new BigDecimal("0.001")),
                    ok("outputKg equal to the total input", d -> d.outputKg = new BigDecimal("1350.25")),
                    ok("outputKg with 3 decimals", d -> d.outputKg = new BigDecimal("300.055")),
                    ok("every method: sun", d -> d.method = DryingMethod.SUN),
                    ok("every method: freeze", d -> d.method = DryingMethod.FREEZE),
                    ok("grade grade_b", d -> d.grade = Grade.GRADE_B));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("boundaryValues")
        void boundaryValuesPass(String name, Consumer<TestRequests.Dried> change) {
            TestRequests.Dried dried = TestRequests.dried();
            change.accept(dried);
            assertThat(check(dried)).isEmpty();
        }

        @Test
        void outputOverInputIsNotJudgedWhileAnInputWeightIsMissing() {
            TestRequests.Dried dried = TestRequests.dried();
            dried.inputs.set(0, input("L1", null));
            dried.outputKg = new BigDecimal("5000");
            assertThat(check(dried)).containsExactly(new FieldError("inputs[0].quantityKg", NOT_NULL));
        }

        @Test
        void everyProblemIsReportedAtOnceSortedByField() {
            TestRequests.Dried dried = TestRequests.dried();
            dried.processorId = "bad id";
            dried.method = null;
            dried.batchId = null;
            dried.inputs.set(1, input("L 2", "-3"));
            dried.eventTime = Instant.parse("1999-01-01T00:00:00Z");
            assertThat(check(dried))
                    .containsExactly(
                            new FieldError("batchId", NOT_NULL),
                            new FieldError("eventTime", TOO_OLD),
                            new FieldError("inputs[1].lotId", LOT_CODE),
                            new FieldError("inputs[1].quantityKg", POSITIVE),
                            new FieldError("method", NOT_NULL),
                            new FieldError("processorId", LOT_CODE));
        }

        @Test
        void becomesTheContractEvent() {
            TestRequests.Dried request = TestRequests.dried();
            UUID eventId = UUID.fromString("7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
            request.eventId = eventId;
            Instant recordTime = Instant.parse("2026-07-09T06:00:01Z");

            Dried event = (Dried) request.build().toEvent(recordTime, "P03");

            assertThat(event)
                    .isEqualTo(new Dried(
                            eventId,
                            EventType.DRIED,
                            Instant.parse("2026-07-09T04:00:00Z"),
                            recordTime,
                            "processing-service",
                            1,
                            "P03-D-0709-01",
                            "P03",
                            List.of(
                                    new LotInput("JH-2026-0702-F017", new BigDecimal("900")),
                                    new LotInput("JH-2026-0702-F021", new BigDecimal("450.25"))),
                            DryingMethod.HOT_AIR,
                            new BigDecimal("300.05"),
                            Grade.SPECIAL,
                            "P03"));
        }

        @Test
        void getsAFreshEventIdWhenTheClientSentNone() {
            DriedRequest request = TestRequests.dried().build();
            UUID first = request.toEvent(NOW, null).eventId();
            UUID second = request.toEvent(NOW, null).eventId();
            assertThat(first).isNotNull().isNotEqualTo(second);
        }
    }

    @Nested
    class JuicedRules {

        @Test
        void aValidRequestPasses() {
            assertThat(check(TestRequests.juiced())).isEmpty();
        }

        static Stream<Arguments> brokenRequests() {
            return Stream.of(
                    brokenJuice("eventTime missing", j -> j.eventTime = null, "eventTime", NOT_NULL),
                    brokenJuice(
                            "eventTime 1 day + 1 s ahead",
                            j -> j.eventTime = NOW.plus(Duration.ofDays(1)).plusSeconds(1),
                            "eventTime",
                            FUTURE),
                    brokenJuice(
                            "eventTime 1 s before 2000",
                            j -> j.eventTime = Instant.parse("1999-12-31T23:59:59Z"),
                            "eventTime",
                            TOO_OLD),
                    brokenJuice("batchId missing", j -> j.batchId = null, "batchId", NOT_NULL),
                    brokenJuice("batchId 65 chars", j -> j.batchId = SIXTY_FOUR + "b", "batchId", LOT_CODE),
                    brokenJuice("batchId with a #", j -> j.batchId = "P07#J", "batchId", LOT_CODE),
                    brokenJuice("processorId missing", j -> j.processorId = null, "processorId", NOT_NULL),
                    brokenJuice("processorId empty", j -> j.processorId = "", "processorId", LOT_CODE),
                    brokenJuice("inputs missing", j -> j.inputs = null, "inputs", NOT_NULL),
                    brokenJuice("inputs empty", j -> j.inputs = new ArrayList<>(), "inputs", INPUTS_SIZE),
                    brokenJuice("101 inputs", j -> j.inputs = inputs(101, "10"), "inputs", INPUTS_SIZE),
                    brokenJuice("an input is null", j -> j.inputs.set(0, null), "inputs[0]", NOT_NULL),
                    brokenJuice(
                            "input lotId with a space",
                            j -> j.inputs.set(0, input("JH 1", "650")),
                            "inputs[0].lotId",
                            LOT_CODE),
                    brokenJuice(
                            "input quantityKg 0",
                            j -> j.inputs.set(0, input("L1", "0")),
                            "inputs[0].quantityKg",
                            POSITIVE),
                    brokenJuice(
                            "input quantityKg with 4 decimals",
                            j -> j.inputs.set(0, input("L1", "0.0001")),
                            "inputs[0].quantityKg",
                            DECIMALS),
                    brokenJuice("product missing", j -> j.product = null, "product", NOT_NULL),
                    brokenJuice("outputLiters missing", j -> j.outputLiters = null, "outputLiters", NOT_NULL),
                    brokenJuice("outputLiters 0", j -> j.outputLiters = BigDecimal.ZERO, "outputLiters", POSITIVE),
                    brokenJuice(
                            "outputLiters negative",
                            j -> j.outputLiters = new BigDecimal("-1"),
                            "outputLiters",
                            POSITIVE),
                    brokenJuice(
                            "outputLiters with 4 decimals",
                            j -> j.outputLiters = new BigDecimal("500.0001"),
                            "outputLiters",
                            DECIMALS));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenRequests")
        void eachBrokenRuleIsReportedUnderItsField(
                String name, Consumer<TestRequests.Juiced> breakIt, String field, String message) {
            TestRequests.Juiced juiced = TestRequests.juiced();
            breakIt.accept(juiced);
            assertThat(check(juiced)).containsExactly(new FieldError(field, message));
        }

        static Stream<Arguments> boundaryValues() {
            return Stream.of(
                    okJuice("eventTime exactly 1 day ahead", j -> j.eventTime = NOW.plus(Duration.ofDays(1))),
                    okJuice("eventTime exactly 2000-01-01", j -> j.eventTime = Instant.parse("2000-01-01T00:00:00Z")),
                    okJuice("batchId 64 chars", j -> j.batchId = SIXTY_FOUR),
                    okJuice("100 inputs", j -> j.inputs = inputs(100, "6.5")),
                    okJuice("outputLiters 1 ml", j -> j.outputLiters = new BigDecimal("0.001")),
                    // Litres are not kilograms: the contract puts no upper bound on juice against its input.
                    okJuice("outputLiters above the input kg", j -> j.outputLiters = new BigDecimal("700")),
                    okJuice("product pulp", j -> j.product = JuiceProduct.PULP),
                    okJuice("grade premium", j -> j.grade = Grade.PREMIUM));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("boundaryValues")
        void boundaryValuesPass(String name, Consumer<TestRequests.Juiced> change) {
            TestRequests.Juiced juiced = TestRequests.juiced();
            change.accept(juiced);
            assertThat(check(juiced)).isEmpty();
        }

        @Test
        void becomesTheContractEvent() {
            TestRequests.Juiced request = TestRequests.juiced();
            UUID eventId = UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab");
            request.eventId = eventId;
            Instant recordTime = Instant.parse("2026-07-03T08:15:00.500Z");

            Juiced event = (Juiced) request.build().toEvent(recordTime, "county-data");

            assertThat(event)
                    .isEqualTo(new Juiced(
                            eventId,
                            EventType.JUICED,
                            Instant.parse("2026-07-03T08:15:00Z"),
                            recordTime,
                            "processing-service",
                            1,
                            "P07-J-0703-02",
                            "P07",
                            List.of(new LotInput("JH-2026-0702-F033", new BigDecimal("650"))),
                            JuiceProduct.NFC_JUICE,
                            new BigDecimal("500"),
                            null,
                            "county-data"));
        }
    }

    @Nested
    class Batches {

        @Test
        void itemsAreReportedUnderTheirIndexInItemOrder() {
            TestRequests.Dried third = TestRequests.dried();
            third.inputs.set(0, input("L1", "0"));
            TestRequests.Dried eleventh = TestRequests.dried();
            eleventh.method = null;
            List<DriedRequest> batch = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                batch.add(
                        i == 3
                                ? third.build()
                                : i == 11
                                        ? eleventh.build()
                                        : TestRequests.dried().build());
            }
            assertThat(checkAll(batch))
                    .containsExactly(
                            new FieldError("[3].inputs[0].quantityKg", POSITIVE),
                            new FieldError("[11].method", NOT_NULL));
        }

        @Test
        void aNullItemIsReportedByItsIndex() {
            List<JuicedRequest> batch = Arrays.asList(TestRequests.juiced().build(), null);
            assertThat(checkAll(batch)).containsExactly(new FieldError("[1]", "must be an event object, not null"));
        }

        @Test
        void aValidBatchPasses() {
            assertThat(checkAll(List.of(
                            TestRequests.juiced().build(), TestRequests.juiced().build())))
                    .isEmpty();
        }
    }

    private static Arguments broken(String name, Consumer<TestRequests.Dried> breakIt, String field, String message) {
        return arguments(name, breakIt, field, message);
    }

    private static Arguments ok(String name, Consumer<TestRequests.Dried> change) {
        return arguments(name, change);
    }

    private static Arguments brokenJuice(
            String name, Consumer<TestRequests.Juiced> breakIt, String field, String message) {
        return arguments(name, breakIt, field, message);
    }

    private static Arguments okJuice(String name, Consumer<TestRequests.Juiced> change) {
        return arguments(name, change);
    }
}
