package io.gojichain.insights.engine;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Region;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Contract events for tests, with plain defaults that each test overrides where it matters. */
final class TestEvents {

    /** When the ingest services "accepted" the events of a test (recordTime). */
    static final Instant RECORD_TIME = Instant.parse("2026-09-02T00:00:00Z");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestEvents() {}

    static SaleBuilder sale() {
        return new SaleBuilder();
    }

    static Harvested harvest(String eventTime, String county, @Nullable Grade grade, String kg) {
        return harvest(UUID.randomUUID(), eventTime, county, grade, kg);
    }

    static Harvested harvest(UUID eventId, String eventTime, String county, @Nullable Grade grade, String kg) {
        int n = SEQUENCE.incrementAndGet();
        return new Harvested(
                eventId,
                EventType.HARVESTED,
                Instant.parse(eventTime),
                RECORD_TIME,
                "harvest-service",
                1,
                "LOT-" + n,
                "F" + n,
                null,
                new Region("Xinjiang", county),
                "Ningqi-10",
                grade,
                new BigDecimal(kg));
    }

    static Dried dried(String eventTime, String batchId, DryingMethod method, String outputKg, String... inputKg) {
        return new Dried(
                UUID.randomUUID(),
                EventType.DRIED,
                Instant.parse(eventTime),
                RECORD_TIME,
                "processing-service",
                1,
                batchId,
                "P03",
                inputs(inputKg),
                method,
                new BigDecimal(outputKg),
                null);
    }

    static Juiced juiced(String eventTime, String batchId, JuiceProduct product, String liters, String... inputKg) {
        return new Juiced(
                UUID.randomUUID(),
                EventType.JUICED,
                Instant.parse(eventTime),
                RECORD_TIME,
                "processing-service",
                1,
                batchId,
                "P07",
                inputs(inputKg),
                product,
                new BigDecimal(liters),
                Grade.SPECIAL);
    }

    private static List<LotInput> inputs(String... kg) {
        return java.util.Arrays.stream(kg)
                .map(q -> new LotInput("LOT-" + SEQUENCE.incrementAndGet(), new BigDecimal(q)))
                .toList();
    }

    /** One order line; defaults: a 250 g pack of dried berries at 29.90 CNY, online, Guangdong. */
    static final class SaleBuilder {

        private UUID eventId = UUID.randomUUID();

        private Instant eventTime = Instant.parse("2026-09-01T04:00:00Z");

        private Instant recordTime = RECORD_TIME;

        private String orderId = "ORD-" + SEQUENCE.incrementAndGet();

        private String sku = "DRIED-250G";

        private ProductForm form = ProductForm.DRIED;

        private @Nullable PackUnit packUnit;

        private int quantity = 1;

        private String packSize = "0.25";

        private String unitPrice = "29.90";

        private @Nullable String currency = "CNY";

        private Channel channel = Channel.ONLINE;

        private @Nullable String platform = "jd";

        private @Nullable String livestreamId;

        private String province = "Guangdong";

        private @Nullable String customerId;

        private @Nullable String batchId;

        SaleBuilder batch(String batchId) {
            this.batchId = batchId;
            return this;
        }

        SaleBuilder id(UUID id) {
            this.eventId = id;
            return this;
        }

        SaleBuilder at(String instant) {
            this.eventTime = Instant.parse(instant);
            return this;
        }

        SaleBuilder recorded(String instant) {
            this.recordTime = Instant.parse(instant);
            return this;
        }

        SaleBuilder order(String orderId) {
            this.orderId = orderId;
            return this;
        }

        SaleBuilder sku(String sku) {
            this.sku = sku;
            return this;
        }

        SaleBuilder form(ProductForm form) {
            this.form = form;
            return this;
        }

        SaleBuilder packUnit(PackUnit unit) {
            this.packUnit = unit;
            return this;
        }

        SaleBuilder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        SaleBuilder packSize(String packSize) {
            this.packSize = packSize;
            return this;
        }

        SaleBuilder price(String unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        SaleBuilder currency(@Nullable String currency) {
            this.currency = currency;
            return this;
        }

        SaleBuilder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        SaleBuilder platform(@Nullable String platform) {
            this.platform = platform;
            return this;
        }

        SaleBuilder livestream(String livestreamId) {
            this.channel = Channel.LIVESTREAM;
            this.livestreamId = livestreamId;
            return this;
        }

        SaleBuilder province(String province) {
            this.province = province;
            return this;
        }

        SaleBuilder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        @SuppressWarnings("NullAway") // tests send an absent currency on purpose
        Sold build() {
            return new Sold(
                    this.eventId,
                    EventType.SOLD,
                    this.eventTime,
                    this.recordTime,
                    "sales-service",
                    1,
                    this.orderId,
                    this.sku,
                    this.form,
                    this.batchId,
                    this.quantity,
                    new BigDecimal(this.packSize),
                    (this.packUnit != null) ? this.packUnit : this.form.packUnit(),
                    new BigDecimal(this.unitPrice),
                    this.currency,
                    this.channel,
                    this.platform,
                    this.livestreamId,
                    new BuyerRegion(this.province, null),
                    this.customerId);
        }
    }
}
