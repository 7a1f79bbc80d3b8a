package io.gojichain.sales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gojichain.boot.web.FieldError;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.boot.web.InvalidEventException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Every rule of the {@code sold} event (docs/CONTRACT.md section 1), at its boundaries, with the exact field path. */
class SaleRequestRulesTests {

    /** "Now" for the eventTime window. */
    private static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final SaleRequestRules rules = new SaleRequestRules(
            new IngestValidator(VALIDATION.getValidator(), Clock.fixed(NOW, ZoneOffset.UTC), SaleRequests.PROPERTIES));

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private List<FieldError> check(ObjectNode json) {
        return this.rules.check(SaleRequests.read(json));
    }

    private List<String> fields(ObjectNode json) {
        return check(json).stream().map(FieldError::field).toList();
    }

    @Test
    void aSaleWithEveryOptionalFieldPasses() {
        assertThat(check(SaleRequests.online())).isEmpty();
    }

    @Test
    void aLivestreamSaleWithOnlyTheRequiredFieldsPasses() {
        assertThat(check(SaleRequests.livestream())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "eventTime",
                "orderId",
                "sku",
                "productForm",
                "quantity",
                "packSize",
                "packUnit",
                "unitPrice",
                "channel",
                "buyerRegion"
            })
    void aMissingRequiredFieldIsNamed(String field) {
        ObjectNode json = SaleRequests.online();
        json.remove(field);
        List<FieldError> errors = check(json);
        assertThat(errors).contains(new FieldError(field, "must not be null"));
        // A missing productForm or packUnit leaves nothing to compare: only the one problem.
        assertThat(errors).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "batchId", "currency", "platform", "customerId"})
    void optionalFieldsMayBeAbsent(String field) {
        ObjectNode json = SaleRequests.online();
        json.remove(field);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "orderId, A",
        "orderId, AZaz09._:-",
        "orderId, 1234567890123456789012345678901234567890123456789012345678901234",
        "sku, DRIED-250G",
        "batchId, P03:D.0709_01",
        "livestreamId, LS-1"
    })
    void lotCodesOf1To64AllowedCharactersPass(String field, String value) {
        ObjectNode json = SaleRequests.livestream();
        json.put(field, value);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "orderId|''",
                "orderId|12345678901234567890123456789012345678901234567890123456789012345",
                "orderId|JD 880021",
                "orderId|JD/880021",
                "sku|DRIED#250",
                "sku|''",
                "batchId|''",
                "batchId|P03 D",
                "livestreamId|''",
                "livestreamId|LS/1"
            })
    void lotCodesOutsideThePatternAreRejected(String field, String value) {
        ObjectNode json = SaleRequests.livestream();
        json.put(field, value);
        assertThat(check(json))
                .containsExactly(new FieldError(field, "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 99_999, 100_000})
    void quantityFrom1To100000Passes(int quantity) {
        ObjectNode json = SaleRequests.online();
        json.put("quantity", quantity);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0, must be greater than or equal to 1",
        "-1, must be greater than or equal to 1",
        "100001, must be less than or equal to 100000"
    })
    void quantityOutside1To100000IsRejected(int quantity, String message) {
        ObjectNode json = SaleRequests.online();
        json.put("quantity", quantity);
        assertThat(check(json)).containsExactly(new FieldError("quantity", message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "0.25", "1.250", "5", "999999999.999"})
    void packSizeAbove0WithAtMost3DecimalsPasses(String packSize) {
        ObjectNode json = SaleRequests.online();
        json.put("packSize", new java.math.BigDecimal(packSize));
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0, must be greater than 0",
        "0.000, must be greater than 0",
        "-0.25, must be greater than 0",
        "0.0001, must have at most 3 decimal places (and at most 9 integer digits)",
        "0.2505, must have at most 3 decimal places (and at most 9 integer digits)",
        "1000000000, must have at most 3 decimal places (and at most 9 integer digits)"
    })
    void packSizeOf0OrBelowOrWithMoreThan3DecimalsIsRejected(String packSize, String message) {
        ObjectNode json = SaleRequests.online();
        json.put("packSize", new java.math.BigDecimal(packSize));
        assertThat(check(json)).containsExactly(new FieldError("packSize", message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.5", "29.9", "29.90", "1000000", "9999999999.99"})
    void unitPriceAsADecimalStringWithAtMost2PlacesAndNotNegativePasses(String price) {
        ObjectNode json = SaleRequests.online();
        json.put("unitPrice", price);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "29.901",
                "-1",
                "-0.01",
                "029.90",
                "1.",
                ".5",
                "1e3",
                "1,50",
                " 29.90",
                "29.90 ",
                "CNY 5",
                "",
                // more than 10 integer digits: no accepted price may overflow a downstream decimal column
                "10000000000",
                "99999999999.99",
                "100000000000000000000000000000.5"
            })
    void unitPriceWithMoreThan2PlacesOrNegativeOrNotPlainDecimalIsRejected(String price) {
        ObjectNode json = SaleRequests.online();
        json.put("unitPrice", price);
        assertThat(check(json))
                .containsExactly(new FieldError(
                        "unitPrice",
                        "must be a decimal string with at most 10 integer digits and 2 decimal places, e.g."
                                + " \"29.90\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "USD", "EUR", "HKD", "JPY"})
    void iso4217CurrenciesPass(String currency) {
        ObjectNode json = SaleRequests.online();
        json.put("currency", currency);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cny|must be an ISO 4217 code of 3 upper-case letters, e.g. CNY",
                "CN|must be an ISO 4217 code of 3 upper-case letters, e.g. CNY",
                "CNYY|must be an ISO 4217 code of 3 upper-case letters, e.g. CNY",
                "''|must be an ISO 4217 code of 3 upper-case letters, e.g. CNY",
                "RMB|must be an ISO 4217 currency code, e.g. CNY",
                "ABC|must be an ISO 4217 currency code, e.g. CNY"
            })
    void currenciesOutsideIso4217AreRejected(String currency, String message) {
        ObjectNode json = SaleRequests.online();
        json.put("currency", currency);
        assertThat(check(json)).containsExactly(new FieldError("currency", message));
    }

    @Test
    void anAbsentCurrencyBecomesCny() {
        ObjectNode json = SaleRequests.online();
        json.remove("currency");
        assertThat(SaleRequests.read(json)
                        .toEvent(java.util.UUID.randomUUID(), NOW, null, null)
                        .currency())
                .isEqualTo("CNY");
    }

    @Test
    void aLivestreamSaleWithoutLivestreamIdIsRejected() {
        ObjectNode json = SaleRequests.livestream();
        json.remove("livestreamId");
        assertThat(check(json))
                .containsExactly(new FieldError("livestreamId", "is required when channel is livestream"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"online", "offline"})
    void aLivestreamIdOutsideALivestreamIsRejected(String channel) {
        ObjectNode json = SaleRequests.online();
        json.put("channel", channel);
        json.put("livestreamId", "LS-20260815-A");
        assertThat(check(json))
                .containsExactly(new FieldError("livestreamId", "must be absent unless channel is livestream"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"online", "offline"})
    void otherChannelsNeedNoLivestreamId(String channel) {
        ObjectNode json = SaleRequests.online();
        json.put("channel", channel);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fresh, kg", "dried, kg", "nfc_juice, L", "pulp, L"})
    void packUnitMatchingTheProductFormPasses(String form, String unit) {
        ObjectNode json = SaleRequests.online();
        json.put("productForm", form);
        json.put("packUnit", unit);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "fresh, L, must be kg for productForm fresh",
        "dried, L, must be kg for productForm dried",
        "nfc_juice, kg, must be L for productForm nfc_juice",
        "pulp, kg, must be L for productForm pulp"
    })
    void packUnitNotMatchingTheProductFormIsRejected(String form, String unit, String message) {
        ObjectNode json = SaleRequests.online();
        json.put("productForm", form);
        json.put("packUnit", unit);
        assertThat(check(json)).containsExactly(new FieldError("packUnit", message));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 40})
    void platformOf1To40CharactersPasses(int length) {
        ObjectNode json = SaleRequests.online();
        json.put("platform", "p".repeat(length));
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 41})
    void platformOutside1To40CharactersIsRejected(int length) {
        ObjectNode json = SaleRequests.online();
        json.put("platform", "p".repeat(length));
        assertThat(check(json)).containsExactly(new FieldError("platform", "size must be between 1 and 40"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 64})
    void customerIdOf1To64CharactersPasses(int length) {
        ObjectNode json = SaleRequests.online();
        json.put("customerId", "c".repeat(length));
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65})
    void customerIdOutside1To64CharactersIsRejected(int length) {
        ObjectNode json = SaleRequests.online();
        json.put("customerId", "c".repeat(length));
        assertThat(check(json)).containsExactly(new FieldError("customerId", "size must be between 1 and 64"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 40})
    void buyerProvinceAndCityOf1To40CharactersPass(int length) {
        ObjectNode json = SaleRequests.online();
        json.withObject("buyerRegion").put("province", "p".repeat(length));
        json.withObject("buyerRegion").put("city", "c".repeat(length));
        assertThat(check(json)).isEmpty();
    }

    @Test
    void buyerProvinceIsRequiredAndNotBlank() {
        ObjectNode json = SaleRequests.online();
        json.withObject("buyerRegion").remove("province");
        assertThat(check(json)).containsExactly(new FieldError("buyerRegion.province", "must not be blank"));
        json.withObject("buyerRegion").put("province", "  ");
        assertThat(check(json)).containsExactly(new FieldError("buyerRegion.province", "must not be blank"));
    }

    @Test
    void buyerProvinceAndCityOver40CharactersAreRejected() {
        ObjectNode json = SaleRequests.online();
        json.withObject("buyerRegion").put("province", "p".repeat(41));
        json.withObject("buyerRegion").put("city", "c".repeat(41));
        assertThat(check(json))
                .containsExactly(
                        new FieldError("buyerRegion.city", "size must be between 1 and 40"),
                        new FieldError("buyerRegion.province", "size must be at most 40"));
    }

    @Test
    void anEmptyBuyerCityIsRejected() {
        ObjectNode json = SaleRequests.online();
        json.withObject("buyerRegion").put("city", "");
        assertThat(check(json)).containsExactly(new FieldError("buyerRegion.city", "size must be between 1 and 40"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-09-03T00:00:00Z",
                "2026-09-03T08:00:00+08:00",
                "2000-01-01T00:00:00Z",
                "2026-09-02T00:00:00Z"
            })
    void eventTimeFrom2000UntilOneDayAheadPasses(String eventTime) {
        ObjectNode json = SaleRequests.online();
        json.put("eventTime", eventTime);
        assertThat(check(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-03T00:00:01Z", "2026-09-03T08:00:01+08:00", "2027-01-01T00:00:00Z"})
    void eventTimeMoreThanOneDayAheadIsRejected(String eventTime) {
        ObjectNode json = SaleRequests.online();
        json.put("eventTime", eventTime);
        assertThat(check(json))
                .containsExactly(new FieldError("eventTime", "must not be more than 1 day in the future"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31T23:59:59Z", "2000-01-01T07:59:59+08:00", "1970-01-01T00:00:00Z"})
    void eventTimeBefore2000IsRejected(String eventTime) {
        ObjectNode json = SaleRequests.online();
        json.put("eventTime", eventTime);
        assertThat(check(json)).containsExactly(new FieldError("eventTime", "must not be before 2000-01-01T00:00:00Z"));
    }

    @Test
    void everyProblemIsReportedSortedByField() {
        ObjectNode json = SaleRequests.online();
        json.put("quantity", 0);
        json.put("unitPrice", "1.999");
        json.put("packUnit", "L");
        json.put("currency", "usd");
        json.remove("orderId");
        json.put("livestreamId", "LS-1");
        assertThat(fields(json))
                .containsExactly("currency", "livestreamId", "orderId", "packUnit", "quantity", "unitPrice");
    }

    @Test
    void aBatchItemsFieldsCarryItsIndex() {
        ObjectNode json = SaleRequests.online();
        json.put("quantity", 0);
        json.withObject("buyerRegion").put("city", "");
        json.remove("eventId");
        ObjectNode valid = SaleRequests.online();
        valid.remove("eventId");
        assertThat(batchErrors(SaleRequests.read(valid), null, null, SaleRequests.read(json)))
                .containsExactly(
                        new FieldError("[1]", "must be an event object, not null"),
                        new FieldError("[2]", "must be an event object, not null"),
                        new FieldError("[3].buyerRegion.city", "size must be between 1 and 40"),
                        new FieldError("[3].quantity", "must be greater than or equal to 1"));
    }

    @Test
    void aBatchRepeatingAnEventIdNamesBothItems() {
        SaleRequest sale = SaleRequests.read(SaleRequests.online());
        assertThat(batchErrors(sale, SaleRequests.read(SaleRequests.livestream()), sale))
                .containsExactly(
                        new FieldError("[0].eventId", "is repeated by item [2]"),
                        new FieldError("[2].eventId", "repeats the eventId of item [0]"));
    }

    @Test
    void aNullEventIsNotAnObject() {
        assertThat(this.rules.check(null)).containsExactly(new FieldError("$", "must be an event object, not null"));
    }

    @Test
    void chineseProvinceAndCityNamesPass() {
        ObjectNode json = SaleRequests.online();
        json.withObject("buyerRegion").put("province", "广东省").put("city", "深圳");
        assertThat(check(json)).isEmpty();
        assertThat(SaleRequests.read(json).buyerRegion().province()).isEqualTo("广东省");
    }

    private List<FieldError> batchErrors(SaleRequest... requests) {
        InvalidEventException ex = catchThrowableOfType(
                InvalidEventException.class, () -> this.rules.validateBatch(Arrays.asList(requests)));
        return ex.errors();
    }
}
