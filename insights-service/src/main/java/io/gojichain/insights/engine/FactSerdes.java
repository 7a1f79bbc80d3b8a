package io.gojichain.insights.engine;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Compact binary serdes of the store values: the engine reads and rewrites a value on every event,
 * and JSON was most of that cost (a profile: reading and writing store JSON took more CPU than the
 * Kafka client). Each value starts with a format version, so that a later layout can read old
 * ones; enums are written by constant name. A changed layout needs a new version number.
 */
final class FactSerdes {

    private static final int VERSION = 1;

    private FactSerdes() {}

    static final Serde<SalesFact> SALES = serde(
            (fact, out) -> out.writeDate(fact.day())
                    .writeString(fact.productForm().name())
                    .writeString(fact.channel().name())
                    .writeString(fact.province())
                    .writeString(fact.sku())
                    .writeDecimal(fact.packSize())
                    .writeString(fact.currency())
                    .writeLong(fact.orders())
                    .writeLong(fact.units())
                    .writeDecimal(fact.volume())
                    .writeDecimal(fact.revenue()),
            in -> new SalesFact(
                    in.readDate(),
                    ProductForm.valueOf(in.readString()),
                    Channel.valueOf(in.readString()),
                    in.readString(),
                    in.readString(),
                    in.readDecimal(),
                    in.readString(),
                    in.readLong(),
                    in.readLong(),
                    in.readDecimal(),
                    in.readDecimal()));

    static final Serde<HarvestFact> HARVEST = serde(
            (fact, out) -> out.writeDate(fact.day())
                    .writeString(fact.province())
                    .writeString(fact.county())
                    .writeString(fact.grade())
                    .writeLong(fact.events())
                    .writeDecimal(fact.kg()),
            in -> new HarvestFact(
                    in.readDate(), in.readString(), in.readString(), in.readString(), in.readLong(), in.readDecimal()));

    static final Serde<ProcessingFact> PROCESSING = serde(
            (fact, out) -> out.writeDate(fact.day())
                    .writeString(fact.batchId())
                    .writeString(fact.processorId())
                    .writeString(fact.output().name())
                    .writeString(fact.method())
                    .writeDecimal(fact.inputKg())
                    .writeDecimal(fact.outputQuantity()),
            in -> new ProcessingFact(
                    in.readDate(),
                    in.readString(),
                    in.readString(),
                    ProductForm.valueOf(in.readString()),
                    in.readString(),
                    in.readDecimal(),
                    in.readDecimal()));

    static final Serde<LivestreamFact> LIVESTREAM = serde(
            (fact, out) -> out.writeString(fact.livestreamId())
                    .writeString(fact.platform())
                    .writeDate(fact.day())
                    .writeString(fact.productForm().name())
                    .writeString(fact.currency())
                    .writeLong(fact.orders())
                    .writeLong(fact.units())
                    .writeDecimal(fact.volume())
                    .writeDecimal(fact.revenue())
                    .writeInstant(fact.firstSale())
                    .writeInstant(fact.lastSale()),
            in -> new LivestreamFact(
                    in.readString(),
                    in.readString(),
                    in.readDate(),
                    ProductForm.valueOf(in.readString()),
                    in.readString(),
                    in.readLong(),
                    in.readLong(),
                    in.readDecimal(),
                    in.readDecimal(),
                    in.readInstant(),
                    in.readInstant()));

    static final Serde<LivestreamMinuteFact> LIVESTREAM_MINUTE = serde(
            (fact, out) -> out.writeString(fact.livestreamId())
                    .writeInstant(fact.minute())
                    .writeLong(fact.orders())
                    .writeLong(fact.units()),
            in -> new LivestreamMinuteFact(in.readString(), in.readInstant(), in.readLong(), in.readLong()));

    static final Serde<CustomerOrdersFact> CUSTOMER_ORDERS = serde(
            (fact, out) -> out.writeString(fact.customerId())
                    .writeString(fact.productForm().name())
                    .writeDate(fact.day())
                    .writeLong(fact.orders()),
            in -> new CustomerOrdersFact(
                    in.readString(), ProductForm.valueOf(in.readString()), in.readDate(), in.readLong()));

    static final Serde<LotFact> LOT = serde(
            (lot, out) -> out.writeString(lot.lotId())
                    .writeString(lot.farmId())
                    .writeString(orEmpty(lot.cooperativeId()))
                    .writeDate(lot.day())
                    .writeInstant(lot.harvestedAt())
                    .writeDecimal(lot.kg())
                    .writeString(lot.province())
                    .writeString(lot.county())
                    .writeString(orEmpty(lot.grade()))
                    .writeString(orEmpty(lot.variety())),
            in -> new LotFact(
                    in.readString(),
                    in.readString(),
                    orNull(in.readString()),
                    in.readDate(),
                    in.readInstant(),
                    in.readDecimal(),
                    in.readString(),
                    in.readString(),
                    orNull(in.readString()),
                    orNull(in.readString())));

    static final Serde<BatchFact> BATCH = serde(
            (batch, out) -> {
                out.writeString(batch.batchId())
                        .writeString(batch.processorId())
                        .writeString(batch.process())
                        .writeString(batch.output().name())
                        .writeString(batch.method())
                        .writeDate(batch.day())
                        .writeInstant(batch.processedAt())
                        .writeDecimal(batch.outputQuantity())
                        .writeLong(batch.inputs().size());
                batch.inputs().forEach(input -> out.writeString(input.lotId()).writeDecimal(input.kg()));
            },
            in -> {
                String batchId = in.readString();
                String processorId = in.readString();
                String process = in.readString();
                ProductForm output = ProductForm.valueOf(in.readString());
                String method = in.readString();
                LocalDate day = in.readDate();
                Instant processedAt = in.readInstant();
                BigDecimal outputQuantity = in.readDecimal();
                long size = in.readLong();
                List<BatchFact.LotTaken> inputs = new ArrayList<>();
                for (long i = 0; i < size; i++) {
                    inputs.add(new BatchFact.LotTaken(in.readString(), in.readDecimal()));
                }
                return new BatchFact(
                        batchId,
                        processorId,
                        process,
                        output,
                        method,
                        day,
                        processedAt,
                        List.copyOf(inputs),
                        outputQuantity);
            });

    static final Serde<LotUseFact> LOT_USE = serde(
            (use, out) -> out.writeString(use.lotId())
                    .writeString(use.batchId())
                    .writeString(use.process())
                    .writeString(use.output().name())
                    .writeString(use.method())
                    .writeDate(use.day())
                    .writeInstant(use.processedAt())
                    .writeDecimal(use.kg()),
            in -> new LotUseFact(
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    ProductForm.valueOf(in.readString()),
                    in.readString(),
                    in.readDate(),
                    in.readInstant(),
                    in.readDecimal()));

    static final Serde<NamedSaleFact> NAMED_SALE = serde(
            (sale, out) -> out.writeString(sale.batchId())
                    .writeDate(sale.day())
                    .writeString(sale.productForm().name())
                    .writeString(sale.channel().name())
                    .writeString(sale.province())
                    .writeString(sale.currency())
                    .writeLong(sale.orders())
                    .writeDecimal(sale.volume())
                    .writeDecimal(sale.revenue()),
            in -> new NamedSaleFact(
                    in.readString(),
                    in.readDate(),
                    ProductForm.valueOf(in.readString()),
                    Channel.valueOf(in.readString()),
                    in.readString(),
                    in.readString(),
                    in.readLong(),
                    in.readDecimal(),
                    in.readDecimal()));

    static final Serde<RunningTotals> TOTALS = serde(
            (totals, out) -> {
                out.writeLong(totals.amounts().size());
                totals.amounts().forEach((key, amount) -> out.writeString(key).writeDecimal(amount));
            },
            RunningTotals::read);

    /** Optional texts: the contract's ids and names are never empty, so empty stands for absent. */
    private static String orEmpty(@Nullable String text) {
        return (text == null) ? "" : text;
    }

    private static @Nullable String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static <T> Serde<T> serde(BiConsumer<T, BinaryWriter> write, Function<BinaryReader, T> read) {
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            BinaryWriter out = new BinaryWriter(96).writeByte(VERSION);
            write.accept(value, out);
            return out.toByteArray();
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            BinaryReader in = new BinaryReader(bytes);
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("store value of format " + version + ", expected " + VERSION);
            }
            return read.apply(in);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
