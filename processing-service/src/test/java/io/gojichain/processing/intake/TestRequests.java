package io.gojichain.processing.intake;

import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Valid requests to start from; each test breaks exactly the field it is about. */
final class TestRequests {

    /** The clock every rule test runs at. */
    static final Instant NOW = Instant.parse("2026-07-09T06:00:00Z");

    private TestRequests() {}

    static LotInputRequest input(@Nullable String lotId, @Nullable String quantityKg) {
        return new LotInputRequest(lotId, quantityKg == null ? null : new BigDecimal(quantityKg));
    }

    static List<@Nullable LotInputRequest> inputs(int count, String quantityKgEach) {
        List<@Nullable LotInputRequest> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(input("JH-2026-0702-F" + i, quantityKgEach));
        }
        return inputs;
    }

    static Dried dried() {
        return new Dried();
    }

    static Juiced juiced() {
        return new Juiced();
    }

    /** A dried request under construction: 900 + 450.25 kg fresh in, 300.05 kg dried out. */
    static final class Dried {
        @Nullable
        UUID eventId;

        @Nullable
        Instant eventTime = Instant.parse("2026-07-09T04:00:00Z");

        @Nullable
        String batchId = "P03-D-0709-01";

        @Nullable
        String processorId = "P03";

        @Nullable
        List<@Nullable LotInputRequest> inputs =
                new ArrayList<>(List.of(input("JH-2026-0702-F017", "900"), input("JH-2026-0702-F021", "450.25")));

        @Nullable
        DryingMethod method = DryingMethod.HOT_AIR;

        @Nullable
        BigDecimal outputKg = new BigDecimal("300.05");

        @Nullable
        Grade grade = Grade.SPECIAL;

        DriedRequest build() {
            return new DriedRequest(eventId, eventTime, batchId, processorId, inputs, method, outputKg, grade);
        }
    }

    /** A juiced request under construction: 650 kg fresh in, 500 L NFC juice out. */
    static final class Juiced {
        @Nullable
        UUID eventId;

        @Nullable
        Instant eventTime = Instant.parse("2026-07-03T08:15:00Z");

        @Nullable
        String batchId = "P07-J-0703-02";

        @Nullable
        String processorId = "P07";

        @Nullable
        List<@Nullable LotInputRequest> inputs = new ArrayList<>(List.of(input("JH-2026-0702-F033", "650")));

        @Nullable
        JuiceProduct product = JuiceProduct.NFC_JUICE;

        @Nullable
        BigDecimal outputLiters = new BigDecimal("500");

        @Nullable
        Grade grade;

        JuicedRequest build() {
            return new JuicedRequest(eventId, eventTime, batchId, processorId, inputs, product, outputLiters, grade);
        }
    }
}
