package io.gojichain.insights;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Region;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A reproducible, realistic mix of chain events: harvests, drying and juicing batches and order
 * lines over late August 2026, with zone-boundary times, a slice of last season's backfill,
 * several currencies, livestream sessions and repeat customers.
 */
final class ChainScenario {

    private static final Instant FROM = Instant.parse("2026-08-25T00:00:00Z");

    private static final long SPAN_SECONDS = Duration.ofDays(8).toSeconds();

    private static final String[] PROVINCES = {"Guangdong", "Zhejiang", "Beijing", "Shanghai", "Sichuan", "广东"};

    private static final String[] COUNTIES = {"Jinghe", "Bole"};

    private final Random random;

    private final java.util.function.Supplier<Instant> recordTime;

    private final List<String> lots = new ArrayList<>();

    private int sequence;

    /** Every event accepted at {@code recordTime}. */
    ChainScenario(long seed, Instant recordTime) {
        this(seed, () -> recordTime);
    }

    /** Events accepted when they are made, e.g. {@code Instant::now}. */
    ChainScenario(long seed, java.util.function.Supplier<Instant> recordTime) {
        this.random = new Random(seed);
        this.recordTime = recordTime;
    }

    List<GojiEvent> events(int harvests, int dried, int juiced, int sales) {
        List<GojiEvent> events = new ArrayList<>();
        for (int i = 0; i < harvests; i++) {
            events.add(harvest());
        }
        for (int i = 0; i < dried; i++) {
            events.add(dried());
        }
        for (int i = 0; i < juiced; i++) {
            events.add(juiced());
        }
        for (int i = 0; i < sales; i++) {
            events.add(sale());
        }
        // the services write concurrently: topics interleave, and so do event times
        java.util.Collections.shuffle(events, this.random);
        return events;
    }

    /** Some of {@code events}, picked at random: retries of the same events. */
    List<GojiEvent> pick(List<GojiEvent> events, int count) {
        List<GojiEvent> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(events.get(this.random.nextInt(events.size())));
        }
        return picked;
    }

    private Harvested harvest() {
        String lotId = "JH-LOT-" + next();
        this.lots.add(lotId);
        Grade[] grades = Grade.values();
        int grade = this.random.nextInt(grades.length + 1);
        return new Harvested(
                UUID.randomUUID(),
                EventType.HARVESTED,
                eventTime(),
                this.recordTime.get(),
                "harvest-service",
                1,
                lotId,
                "F" + this.random.nextInt(40),
                (this.random.nextBoolean() ? "COOP-" + this.random.nextInt(5) : null),
                new Region("Xinjiang", COUNTIES[this.random.nextInt(COUNTIES.length)]),
                "Ningqi-10",
                (grade == grades.length) ? null : grades[grade],
                decimal(1000, 500_000, 1));
    }

    private Dried dried() {
        List<LotInput> inputs = inputs();
        BigDecimal total = inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal output = total.multiply(new BigDecimal("0.22")).setScale(3, java.math.RoundingMode.DOWN);
        DryingMethod[] methods = DryingMethod.values();
        return new Dried(
                UUID.randomUUID(),
                EventType.DRIED,
                eventTime(),
                this.recordTime.get(),
                "processing-service",
                1,
                "P03-D-" + next(),
                "P0" + this.random.nextInt(4),
                inputs,
                methods[this.random.nextInt(methods.length)],
                output,
                null);
    }

    private Juiced juiced() {
        List<LotInput> inputs = inputs();
        BigDecimal total = inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        JuiceProduct product = this.random.nextBoolean() ? JuiceProduct.NFC_JUICE : JuiceProduct.PULP;
        return new Juiced(
                UUID.randomUUID(),
                EventType.JUICED,
                eventTime(),
                this.recordTime.get(),
                "processing-service",
                1,
                "P07-J-" + next(),
                "P07",
                inputs,
                product,
                total.divide(new BigDecimal("1.3"), 3, java.math.RoundingMode.DOWN),
                Grade.SPECIAL);
    }

    private Sold sale() {
        ProductForm form = ProductForm.values()[this.random.nextInt(ProductForm.values().length)];
        String[] sizes = switch (form) {
            case FRESH -> new String[] {"0.5", "1", "2.5"};
            case DRIED -> new String[] {"0.25", "0.5", "0.125"};
            case NFC_JUICE -> new String[] {"0.03", "0.3", "0.25"};
            case PULP -> new String[] {"1", "5"};
        };
        int roll = this.random.nextInt(20);
        Channel channel = (roll < 9) ? Channel.ONLINE : (roll < 15) ? Channel.LIVESTREAM : Channel.OFFLINE;
        int currencyRoll = this.random.nextInt(20);
        String currency = (currencyRoll < 17) ? "CNY" : (currencyRoll < 19) ? "USD" : "EUR";
        String livestreamId = (channel == Channel.LIVESTREAM) ? "LS-" + this.random.nextInt(3) : null;
        String customer = this.random.nextInt(3) == 0 ? "c-" + this.random.nextInt(12) : null;
        return new Sold(
                UUID.randomUUID(),
                EventType.SOLD,
                eventTime(),
                this.recordTime.get(),
                "sales-service",
                1,
                "ORD-" + next(),
                form.wireName().toUpperCase(java.util.Locale.ROOT) + "-" + this.random.nextInt(3),
                form,
                this.lots.isEmpty() ? null : this.lots.get(this.random.nextInt(this.lots.size())),
                1 + this.random.nextInt(10),
                new BigDecimal(sizes[this.random.nextInt(sizes.length)]),
                form.packUnit(),
                decimal(100, 20_000, 2),
                currency,
                channel,
                (channel == Channel.OFFLINE) ? null : (this.random.nextBoolean() ? "jd" : "douyin"),
                livestreamId,
                new BuyerRegion(PROVINCES[this.random.nextInt(PROVINCES.length)], null),
                customer);
    }

    private List<LotInput> inputs() {
        int count = 1 + this.random.nextInt(3);
        List<LotInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // mostly known lots; now and then one this stream has not seen (yet)
            String lot = (this.lots.isEmpty() || this.random.nextInt(10) == 0)
                    ? "UNKNOWN-" + next()
                    : this.lots.get(this.random.nextInt(this.lots.size()));
            inputs.add(new LotInput(lot, decimal(1000, 200_000, 1)));
        }
        return inputs;
    }

    private Instant eventTime() {
        int roll = this.random.nextInt(40);
        if (roll == 0) {
            // last season's backfill
            return Instant.parse("2025-07-01T00:00:00Z").plusSeconds(this.random.nextInt(60 * 86_400));
        }
        if (roll == 1) {
            // the last second of a Shanghai day, and the first of the next
            return Instant.parse("2026-08-28T15:59:59Z").plusSeconds(this.random.nextInt(2));
        }
        return FROM.plusSeconds(this.random.nextLong(SPAN_SECONDS));
    }

    private BigDecimal decimal(int minUnscaled, int maxUnscaled, int scale) {
        return BigDecimal.valueOf(minUnscaled + this.random.nextInt(maxUnscaled - minUnscaled), scale);
    }

    private int next() {
        return ++this.sequence;
    }
}
