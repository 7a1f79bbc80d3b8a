package io.gojichain.tools.demo;

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
import io.gojichain.tools.demo.Catalogue.Processor;
import io.gojichain.tools.demo.Catalogue.Province;
import io.gojichain.tools.demo.Catalogue.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Simulates one goji season in Jinghe day by day: farms pick in rounds, processors dry and press
 * what was picked, shops, platforms and livestream sessions sell it. Every draw comes from one
 * seeded {@link SplittableRandom} in a fixed order, so a seed always gives the same season, and
 * every event id is derived from the settings and the event's position.
 *
 * <p>Planted, so that the insights have something true to find: NFC juice demand in the southern
 * provinces grows week on week over the last five weeks; one livestream session on 18 August sells
 * out its NFC stock in a burst of orders; dried berries sell at a steady rate; prices ease toward
 * October; fresh berries sell only while lots are fresh. For traceability: every batch takes from
 * harvested lots and most sales name their batch or lot; three lots are recorded by their plant
 * with more fresh kg than they held (mass balance); the premium co-operative's lots all become
 * freeze-dried premium packs that earn clearly more per fresh kg than the county.
 */
final class SeasonSimulator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Days counted back from the last sales day over which southern NFC juice demand grows. */
    static final int NFC_SOUTH_GROWTH_DAYS = 35;

    /** Week-on-week growth of southern NFC juice demand in those days. */
    static final double NFC_SOUTH_WEEKLY_GROWTH = 1.3;

    private static final String HARVEST_SOURCE = "harvest-service";

    private static final String PROCESSING_SOURCE = "processing-service";

    private static final String SALES_SOURCE = "sales-service";

    // Send order within a day: what was picked, then what was made of it, then what was sold. Dried
    // and juiced go to different endpoints, so each keeps its own run (fewer, fuller batches).
    private static final int HARVESTS = 0;

    private static final int DRIED = 1;

    private static final int JUICED = 2;

    private static final int SALES = 3;

    // Orders per day at scale 1 outside livestream sessions.
    private static final double DRIED_PER_DAY = 60;

    private static final double NFC_PER_DAY = 30;

    private static final double FRESH_PER_DAY = 22;

    private static final double PULP_PER_DAY = 12;

    private static final double EXPORT_PER_DAY = 0.3;

    /** Share of the processed fresh kilograms that goes to the dryers (the rest is pressed). */
    private static final double DRIED_SHARE = 0.82;

    private static final BigDecimal TEN_CENTS = new BigDecimal("0.10");

    /** Share of online dried-berry orders that buy the freeze-dried premium pack. */
    private static final double PREMIUM_ONLINE_SHARE = 0.1;

    /** How much more than it held a planted mis-keyed lot is recorded with, as a share of its harvest. */
    private static final BigDecimal OVERDRAW_SHARE = new BigDecimal("0.06");

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final double[] ONLINE_HOURS = {
        1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 3, 4, 4, 3.5, 3, 2.5, 2.5, 2.5, 2.5, 3, 4, 5, 5.5, 4.5, 2.5
    };

    private static final double[] SHOP_HOURS = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 4, 3, 2.5, 2.5, 2.5, 3, 4, 4.5, 3.5, 2, 0, 0, 0
    };

    // Grade mix (premium, special, grade_a, grade_b) early and late in summer and in the autumn flush.
    private static final double[] EARLY_GRADES = {0.35, 0.35, 0.22, 0.08};

    private static final double[] LATE_GRADES = {0.10, 0.28, 0.40, 0.22};

    private static final double[] AUTUMN_GRADES = {0.05, 0.20, 0.45, 0.30};

    private final SeasonSettings settings;

    private final SplittableRandom random;

    private final LocalDate salesStart;

    private final LocalDate salesEnd;

    private final LocalDate sellOutDay;

    private final String sellOutSession;

    private final List<Farm> farms = new ArrayList<>();

    private int summerRounds;

    // Keyed lookups only (never iterated), so hash order cannot leak into the season.
    private final Map<LocalDate, List<PlannedPick>> picks = new HashMap<>();

    private final Map<LocalDate, List<Lot>> toProcess = new HashMap<>();

    private final Map<LocalDate, List<Draft>> completions = new HashMap<>();

    private final Map<String, List<String>> customers = new HashMap<>();

    private final Map<String, Integer> batchCounters = new HashMap<>();

    private final Map<String, Integer> orderCounters = new HashMap<>();

    private final List<Lot> freshLots = new ArrayList<>();

    private final Map<ProductForm, List<Stock>> stock = new EnumMap<>(ProductForm.class);

    private final List<GojiEvent> events = new ArrayList<>();

    // The days from which the next emptied lot is recorded as over-drawn, and those already used.
    private final List<LocalDate> overdrawDays;

    private final List<LocalDate> overdrawDaysUsed = new ArrayList<>();

    private final List<String> overdrawnLots = new ArrayList<>();

    private long customerCount;

    private long sequence;

    private SeasonSimulator(SeasonSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        int year = settings.year();
        this.salesStart = LocalDate.of(year, 6, 20);
        this.salesEnd = LocalDate.of(year, 10, 31);
        this.sellOutDay = LocalDate.of(year, 8, 18);
        this.sellOutSession = sessionId(Catalogue.DOUYIN, this.sellOutDay, 20);
        this.overdrawDays = List.of(LocalDate.of(year, 7, 10), LocalDate.of(year, 8, 5), LocalDate.of(year, 9, 15));
        for (ProductForm form : ProductForm.values()) {
            this.stock.put(form, new ArrayList<>());
        }
    }

    static Season generate(SeasonSettings settings) {
        return new SeasonSimulator(settings).run();
    }

    /**
     * The scale whose season holds about {@code events} events for this seed and year (the count
     * grows almost linearly with the scale; two refinements land within a few percent).
     */
    static double scaleFor(long seed, int year, long events) {
        double scale = 1.0;
        for (int i = 0; i < 2; i++) {
            int count = generate(new SeasonSettings(seed, year, scale)).events().size();
            scale = Math.max(0.001, Math.min(1000, scale * events / Math.max(1, count)));
        }
        return scale;
    }

    private Season run() {
        createFarms();
        planRounds();
        LocalDate first = Collections.min(this.picks.keySet());
        if (this.salesStart.isBefore(first)) {
            first = this.salesStart;
        }
        for (LocalDate day = first;
                !day.isAfter(this.salesEnd) || !this.completions.isEmpty() || !this.toProcess.isEmpty();
                day = day.plusDays(1)) {
            List<Draft> drafts = new ArrayList<>();
            harvest(day, drafts);
            process(day);
            List<Draft> completed = this.completions.remove(day);
            if (completed != null) {
                drafts.addAll(completed);
            }
            if (!day.isBefore(this.salesStart) && !day.isAfter(this.salesEnd)) {
                sell(day, drafts);
            }
            emit(drafts);
        }
        return new Season(
                this.settings,
                List.copyOf(this.events),
                this.salesStart,
                this.salesEnd,
                this.sellOutSession,
                List.copyOf(this.overdrawnLots),
                Catalogue.PREMIUM_COOPERATIVE);
    }

    // ---------------------------------------------------------------- farms and picking rounds

    private void createFarms() {
        int count = Math.max(6, (int) Math.round(120 * this.settings.scale()));
        int coops = Math.max(2, Math.min(25, (int) Math.round(count / 4.8)));
        for (int i = 1; i <= count; i++) {
            // Most farms deliver through a co-operative; a few sell on their own.
            String coop =
                    i % 12 == 0 ? null : String.format(Locale.ROOT, "COOP-JH-%02d", 1 + this.random.nextInt(coops));
            String variety = Catalogue.VARIETIES.get(pick(Catalogue.VARIETY_WEIGHTS));
            double sizeKg = 130 * StrictMath.exp(0.35 * this.random.nextGaussian());
            double quality = this.random.nextGaussian();
            this.farms.add(new Farm(String.format(Locale.ROOT, "F%04d", i), coop, variety, sizeKg, quality));
        }
    }

    /** Summer rounds every 6-7 days from mid-to-late June through August, then a smaller autumn flush. */
    private void planRounds() {
        int year = this.settings.year();
        List<LocalDate> summer = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 6, 18 + this.random.nextInt(4));
                !d.isAfter(LocalDate.of(year, 8, 31));
                d = d.plusDays(6 + this.random.nextInt(2))) {
            summer.add(d);
        }
        List<LocalDate> autumn = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 9, 8 + this.random.nextInt(3));
                !d.isAfter(LocalDate.of(year, 10, 22));
                d = d.plusDays(8 + this.random.nextInt(3))) {
            autumn.add(d);
        }
        this.summerRounds = summer.size();
        for (int i = 0; i < summer.size(); i++) {
            double x = (double) i / (summer.size() - 1);
            // Volumes build to a peak in July and fall away through August.
            double curve = 0.55 + 0.6 * StrictMath.exp(-StrictMath.pow((x - 0.35) / 0.3, 2));
            planRound(summer.get(i), i + 1, false, curve, 0.97);
        }
        for (int i = 0; i < autumn.size(); i++) {
            double x = (double) i / Math.max(1, autumn.size() - 1);
            double curve = 0.3 + 0.15 * StrictMath.exp(-StrictMath.pow((x - 0.4) / 0.35, 2));
            planRound(autumn.get(i), summer.size() + i + 1, true, curve, 0.6);
        }
    }

    private void planRound(LocalDate day, int round, boolean autumn, double curve, double participation) {
        for (Farm farm : this.farms) {
            if (this.random.nextDouble() < participation) {
                // A round takes a farm a day or two: a third of the farms pick the day after.
                LocalDate pickDay = this.random.nextInt(3) == 0 ? day.plusDays(1) : day;
                this.picks
                        .computeIfAbsent(pickDay, d -> new ArrayList<>())
                        .add(new PlannedPick(farm, round, autumn, curve));
            }
        }
    }

    private void harvest(LocalDate day, List<Draft> drafts) {
        List<PlannedPick> today = this.picks.remove(day);
        if (today == null) {
            return;
        }
        for (PlannedPick pick : today) {
            Farm farm = pick.farm();
            double kg = farm.sizeKg() * pick.curve() * StrictMath.exp(0.2 * this.random.nextGaussian());
            BigDecimal quantity = BigDecimal.valueOf(Math.max(5.0, kg)).setScale(1, RoundingMode.HALF_UP);
            Grade grade = Grade.values()[pick(gradeWeights(pick))];
            Instant at = at(day, 6 * 3600 + this.random.nextInt(6 * 3600));
            String lotId =
                    String.format(Locale.ROOT, "JH%02d-%s-R%02d", this.settings.year() % 100, farm.id(), pick.round());
            // A share of each lot is sold fresh; the rest goes to the processors within two days.
            BigDecimal fresh = quantity.multiply(BigDecimal.valueOf(pick.autumn() ? 0.08 : 0.12))
                    .setScale(1, RoundingMode.DOWN);
            Lot lot = new Lot(
                    lotId,
                    day,
                    grade,
                    quantity.subtract(fresh),
                    fresh,
                    Catalogue.PREMIUM_COOPERATIVE.equals(farm.cooperativeId()));
            if (fresh.signum() > 0) {
                this.freshLots.add(lot);
            }
            // A few lots leave the system (sold to traders outside it) and are never processed.
            if (this.random.nextDouble() >= 0.03) {
                this.toProcess
                        .computeIfAbsent(day.plusDays(this.random.nextInt(2)), d -> new ArrayList<>())
                        .add(lot);
            }
            drafts.add(new Draft(
                    at,
                    HARVESTS,
                    id -> new Harvested(
                            id,
                            EventType.HARVESTED,
                            at,
                            at,
                            HARVEST_SOURCE,
                            GojiEvent.SCHEMA_VERSION,
                            lotId,
                            farm.id(),
                            farm.cooperativeId(),
                            new Region(Catalogue.ORIGIN_PROVINCE, Catalogue.ORIGIN_COUNTY),
                            farm.variety(),
                            grade,
                            quantity)));
        }
    }

    private double[] gradeWeights(PlannedPick pick) {
        double[] weights;
        if (pick.autumn()) {
            weights = AUTUMN_GRADES.clone();
        } else {
            double x = (double) (pick.round() - 1) / Math.max(1, this.summerRounds - 1);
            weights = new double[4];
            for (int i = 0; i < 4; i++) {
                weights[i] = EARLY_GRADES[i] + (LATE_GRADES[i] - EARLY_GRADES[i]) * x;
            }
        }
        // Well-kept farms pick larger berries.
        double better = StrictMath.exp(0.35 * pick.farm().quality());
        weights[0] *= better;
        weights[1] *= better;
        return weights;
    }

    // ---------------------------------------------------------------- processing

    private void process(LocalDate day) {
        List<Lot> pool = this.toProcess.remove(day);
        if (pool == null) {
            return;
        }
        shuffle(pool);
        // The premium co-operative's lots keep to their own line, so its freeze-dried packs hold
        // only its berries; everything else is blended as the plants see fit.
        List<Lot> premium = new ArrayList<>();
        List<Lot> regular = new ArrayList<>();
        for (Lot lot : pool) {
            (lot.premium ? premium : regular).add(lot);
        }
        int index = 0;
        while (index < regular.size()) {
            boolean dry = this.random.nextDouble() < DRIED_SHARE;
            Processor processor = dry ? pickProcessor(0, 10) : pickProcessor(10, 15);
            JuiceProduct product =
                    this.random.nextDouble() < processor.nfcShare() ? JuiceProduct.NFC_JUICE : JuiceProduct.PULP;
            Intake intake = new Intake();
            index = intake.fill(regular, index, BigDecimal.valueOf(200 + this.random.nextInt(901)), day);
            if (intake.inputs.isEmpty()) {
                continue;
            }
            if (dry) {
                scheduleDried(day, processor, intake, false);
            } else {
                scheduleJuiced(day, processor, product, intake);
            }
        }
        index = 0;
        while (index < premium.size()) {
            Intake intake = new Intake();
            index = intake.fill(premium, index, BigDecimal.valueOf(200 + this.random.nextInt(301)), day);
            if (!intake.inputs.isEmpty()) {
                scheduleDried(day, Catalogue.PREMIUM_PROCESSOR, intake, true);
            }
        }
    }

    /**
     * The lots one batch takes, as recorded by the plant. The real kilograms come off the lots;
     * on each planted day the first lot a plant empties is recorded with more than it held (a
     * mis-keyed intake), so that mass balance has something true to find.
     */
    private final class Intake {

        final List<LotInput> inputs = new ArrayList<>();

        BigDecimal total = BigDecimal.ZERO;

        Grade worst = Grade.PREMIUM;

        /** Takes from {@code pool} from {@code index} up to {@code target} kg; returns the next index. */
        int fill(List<Lot> pool, int index, BigDecimal target, LocalDate day) {
            while (index < pool.size() && this.total.compareTo(target) < 0 && this.inputs.size() < 60) {
                Lot lot = pool.get(index);
                BigDecimal take = lot.processable.min(target.subtract(this.total));
                if (take.signum() > 0) {
                    lot.processable = lot.processable.subtract(take);
                    this.total = this.total.add(take);
                    BigDecimal recorded = take;
                    if (lot.processable.signum() == 0 && overdrawToday(lot, day)) {
                        // Recorded as if the fresh share and 6 % more had gone in as well.
                        recorded = take.add(lot.fresh)
                                .add(lot.harvestedKg.multiply(OVERDRAW_SHARE).setScale(1, RoundingMode.HALF_UP));
                        SeasonSimulator.this.overdrawnLots.add(lot.id);
                    }
                    this.inputs.add(new LotInput(lot.id, recorded));
                    // A blend is only as good as its smallest berries.
                    if (lot.grade.ordinal() > this.worst.ordinal()) {
                        this.worst = lot.grade;
                    }
                }
                if (lot.processable.signum() == 0) {
                    index++;
                }
            }
            return index;
        }
    }

    private boolean overdrawToday(Lot lot, LocalDate day) {
        if (lot.premium) {
            return false;
        }
        for (LocalDate planted : this.overdrawDays) {
            if (!day.isBefore(planted) && !this.overdrawDaysUsed.contains(planted)) {
                this.overdrawDaysUsed.add(planted);
                return true;
            }
        }
        return false;
    }

    private Processor pickProcessor(int from, int to) {
        return Catalogue.PROCESSORS.get(from + this.random.nextInt(to - from));
    }

    private void scheduleDried(LocalDate start, Processor processor, Intake intake, boolean premium) {
        List<LotInput> inputs = List.copyOf(intake.inputs);
        BigDecimal inputKg = intake.total;
        Grade grade = intake.worst;
        DryingMethod method = processor.method() == null ? DryingMethod.HOT_AIR : processor.method();
        // Hot air at 50-55 C takes 1-2 days, sun 7-10 days, freeze-drying 2-3 days.
        int days;
        double ratio;
        switch (method) {
            case SUN:
                days = 7 + this.random.nextInt(4);
                ratio = 4.55;
                break;
            case FREEZE:
                days = 2 + this.random.nextInt(2);
                ratio = 4.85;
                break;
            default:
                days = 1 + this.random.nextInt(2);
                ratio = 4.4;
                break;
        }
        ratio = clamp(ratio + 0.1 * this.random.nextGaussian(), 4.0, 5.0);
        if (this.random.nextDouble() < 0.025) {
            // A mis-weighed or mis-keyed batch: far outside the plausible 4-5 kg fresh per kg dried.
            ratio = this.random.nextBoolean()
                    ? 2.4 + 0.4 * this.random.nextDouble()
                    : 7.0 + 1.5 * this.random.nextDouble();
        }
        BigDecimal outputKg = divide(inputKg, ratio);
        LocalDate done = start.plusDays(days);
        Instant at = at(done, 8 * 3600 + this.random.nextInt(10 * 3600));
        String batchId = batchId(processor, "D", done);
        addDraft(
                done,
                new Draft(
                        at,
                        DRIED,
                        id -> new Dried(
                                id,
                                EventType.DRIED,
                                at,
                                at,
                                PROCESSING_SOURCE,
                                GojiEvent.SCHEMA_VERSION,
                                batchId,
                                processor.id(),
                                inputs,
                                method,
                                outputKg,
                                grade)));
        this.stock.get(ProductForm.DRIED).add(new Stock(batchId, done.plusDays(1), outputKg, premium));
    }

    private void scheduleJuiced(LocalDate start, Processor processor, JuiceProduct product, Intake intake) {
        List<LotInput> inputs = List.copyOf(intake.inputs);
        BigDecimal inputKg = intake.total;
        double ratio = product == JuiceProduct.NFC_JUICE
                ? clamp(1.30 + 0.02 * this.random.nextGaussian(), 1.25, 1.35)
                : clamp(1.15 + 0.015 * this.random.nextGaussian(), 1.10, 1.20);
        if (this.random.nextDouble() < 0.02) {
            ratio = this.random.nextBoolean()
                    ? 0.8 + 0.1 * this.random.nextDouble()
                    : 1.8 + 0.3 * this.random.nextDouble();
        }
        BigDecimal liters = divide(inputKg, ratio);
        // Pressing starts the afternoon the lots arrive; most batches are done that evening.
        boolean sameDay = this.random.nextDouble() < 0.6;
        LocalDate done = sameDay ? start : start.plusDays(1);
        Instant at = sameDay
                ? at(done, 15 * 3600 + this.random.nextInt(8 * 3600))
                : at(done, 8 * 3600 + this.random.nextInt(10 * 3600));
        String batchId = batchId(processor, "J", done);
        addDraft(
                done,
                new Draft(
                        at,
                        JUICED,
                        id -> new Juiced(
                                id,
                                EventType.JUICED,
                                at,
                                at,
                                PROCESSING_SOURCE,
                                GojiEvent.SCHEMA_VERSION,
                                batchId,
                                processor.id(),
                                inputs,
                                product,
                                liters,
                                null)));
        this.stock.get(product.productForm()).add(new Stock(batchId, done.plusDays(1), liters, false));
    }

    private void addDraft(LocalDate day, Draft draft) {
        this.completions.computeIfAbsent(day, d -> new ArrayList<>()).add(draft);
    }

    private String batchId(Processor processor, String kind, LocalDate day) {
        String prefix = processor.id() + "-" + kind + "-" + day.format(BASIC_DATE);
        int n = this.batchCounters.merge(prefix, 1, Integer::sum);
        return String.format(Locale.ROOT, "%s-%02d", prefix, n);
    }

    // ---------------------------------------------------------------- sales

    private void sell(LocalDate day, List<Draft> drafts) {
        LocalDate freshLimit = day.minusDays(3);
        this.freshLots.removeIf(lot -> lot.fresh.signum() == 0 || lot.day.isBefore(freshLimit));
        for (List<Stock> batches : this.stock.values()) {
            batches.removeIf(s -> s.remaining.signum() == 0);
        }
        double weekday = weekdayFactor(day);
        double total =
                Catalogue.PROVINCES.stream().mapToDouble(Province::weight).sum();
        for (ProductForm form : ProductForm.values()) {
            for (Province province : Catalogue.PROVINCES) {
                double lambda = baseOrders(form) * province.weight() / total * dynamics(form, province, day) * weekday;
                int orders = poisson(lambda * this.settings.scale());
                for (int i = 0; i < orders; i++) {
                    regularOrder(form, province, day, drafts);
                }
            }
        }
        int exports = poisson(EXPORT_PER_DAY * this.settings.scale());
        for (int i = 0; i < exports; i++) {
            exportOrder(day, drafts);
        }
        livestream(day, drafts);
    }

    private static double baseOrders(ProductForm form) {
        switch (form) {
            case FRESH:
                return FRESH_PER_DAY;
            case DRIED:
                return DRIED_PER_DAY;
            case NFC_JUICE:
                return NFC_PER_DAY;
            default:
                return PULP_PER_DAY;
        }
    }

    /** The planted demand shape of a form in a province on a day (1 = the base rate). */
    private double dynamics(ProductForm form, Province province, LocalDate day) {
        switch (form) {
            case FRESH:
                return day.getMonthValue() <= 8 ? 1.0 : 0.5;
            case NFC_JUICE:
                long intoGrowth = ChronoUnit.DAYS.between(this.salesEnd.minusDays(NFC_SOUTH_GROWTH_DAYS), day);
                if (Catalogue.SOUTH.contains(province.name()) && intoGrowth >= 0) {
                    return StrictMath.pow(NFC_SOUTH_WEEKLY_GROWTH, (intoGrowth + 1) / 7.0);
                }
                return 1.0;
            case PULP:
                // Tea shops and bakeries buy most pulp in the summer.
                return 1.2 - 0.4 * seasonProgress(day);
            default:
                return 1.0;
        }
    }

    private static double weekdayFactor(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return 1.15;
        }
        return dow == DayOfWeek.MONDAY ? 0.9 : 1.0;
    }

    private void regularOrder(ProductForm form, Province province, LocalDate day, List<Draft> drafts) {
        double onlineShare;
        double repeat;
        Sku sku;
        switch (form) {
            case FRESH:
                onlineShare = 0.55;
                repeat = 0.2;
                break;
            case DRIED:
                onlineShare = 0.65;
                repeat = 0.32;
                break;
            case NFC_JUICE:
                onlineShare = 0.7;
                repeat = 0.38;
                break;
            default:
                onlineShare = 0.35;
                repeat = 0.45;
                break;
        }
        boolean online = this.random.nextDouble() < onlineShare;
        Channel channel = online ? Channel.ONLINE : Channel.OFFLINE;
        String platform = online ? (this.random.nextDouble() < 0.55 ? Catalogue.JD : Catalogue.TMALL) : null;
        switch (form) {
            case FRESH:
                sku = online || this.random.nextDouble() < 0.6 ? Catalogue.FRESH_1KG : Catalogue.FRESH_5KG;
                break;
            case DRIED:
                if (online && this.random.nextDouble() < PREMIUM_ONLINE_SHARE) {
                    sku = Catalogue.DRIED_FD_250G;
                    break;
                }
                sku = online
                        ? pickSku(
                                new Sku[] {Catalogue.DRIED_250G, Catalogue.DRIED_500G, Catalogue.DRIED_1KG},
                                0.5,
                                0.38,
                                0.12)
                        : pickSku(
                                new Sku[] {
                                    Catalogue.DRIED_250G, Catalogue.DRIED_500G, Catalogue.DRIED_1KG, Catalogue.DRIED_5KG
                                },
                                0.38,
                                0.37,
                                0.15,
                                0.10);
                break;
            case NFC_JUICE:
                sku = this.random.nextDouble() < (online ? 0.6 : 0.3) ? Catalogue.NFC_30ML_X10 : Catalogue.NFC_250ML;
                break;
            default:
                sku = online || this.random.nextDouble() < 0.5 ? Catalogue.PULP_1L : Catalogue.PULP_5L;
                break;
        }
        int quantity = quantity(sku, online);
        Instant at = at(day, secondOfDay(online ? ONLINE_HOURS : SHOP_HOURS));
        BigDecimal price = price(sku, day, channel, platform);
        order(drafts, day, at, new Line(sku, quantity, price, "CNY", channel, platform, null), province, repeat);
    }

    /** Cartons of dried berries for an importer, priced in USD: a small share of the revenue. */
    private void exportOrder(LocalDate day, List<Draft> drafts) {
        Sku sku = Catalogue.DRIED_5KG;
        int quantity = 2 + this.random.nextInt(9);
        double ease = ease(ProductForm.DRIED, day) * (1 + 0.04 * (this.random.nextDouble() - 0.5));
        BigDecimal price = Catalogue.EXPORT_DRIED_5KG_USD
                .multiply(BigDecimal.valueOf(ease))
                .setScale(2, RoundingMode.HALF_UP);
        Instant at = at(day, 9 * 3600 + this.random.nextInt(8 * 3600));
        order(
                drafts,
                day,
                at,
                new Line(sku, quantity, price, "USD", Channel.OFFLINE, null, null),
                Catalogue.EXPORT,
                0.6);
    }

    private void livestream(LocalDate day, List<Draft> drafts) {
        if (day.equals(this.sellOutDay)) {
            sellOut(day, drafts);
            return;
        }
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.TUESDAY || dow == DayOfWeek.SATURDAY) {
            regularSession(day, Catalogue.DOUYIN, drafts);
        } else if (dow == DayOfWeek.THURSDAY) {
            regularSession(day, Catalogue.KUAISHOU, drafts);
        }
    }

    /**
     * An evening session: a trickle of orders plus a burst each time the host pushes a product,
     * decaying over a few minutes.
     */
    private void regularSession(LocalDate day, String platform, List<Draft> drafts) {
        int startMinute = 20 * 60 + 10 * this.random.nextInt(4);
        int duration = 90 + this.random.nextInt(61);
        String session = sessionId(platform, day, startMinute / 60);
        int pushes = 3 + this.random.nextInt(3);
        int[] pushAt = new int[pushes];
        Sku[] pushed = new Sku[pushes];
        for (int i = 0; i < pushes; i++) {
            pushAt[i] = i * duration / pushes + this.random.nextInt(5);
            pushed[i] = pickSku(
                    new Sku[] {
                        Catalogue.DRIED_250G,
                        Catalogue.DRIED_500G,
                        Catalogue.NFC_30ML_X10,
                        Catalogue.NFC_250ML,
                        Catalogue.FRESH_1KG
                    },
                    0.3,
                    0.2,
                    0.25,
                    0.1,
                    0.15);
        }
        for (int minute = 0; minute < duration; minute++) {
            double lambda = 0.25;
            int current = 0;
            for (int i = 0; i < pushes; i++) {
                if (pushAt[i] <= minute) {
                    lambda += 5.0 * StrictMath.exp(-(minute - pushAt[i]) / 4.0);
                    current = i;
                }
            }
            int orders = poisson(lambda * this.settings.scale());
            for (int o = 0; o < orders; o++) {
                int k = this.random.nextDouble() < 0.75 ? current : this.random.nextInt(current + 1);
                Sku sku = pushed[k];
                Instant at = at(day, startMinute * 60 + minute * 60 + this.random.nextInt(60))
                        .plusMillis(this.random.nextInt(1000));
                int quantity = 1 + pick(new double[] {0.6, 0.3, 0.1});
                BigDecimal price = price(sku, day, Channel.LIVESTREAM, platform);
                Province province = pickProvince(sku.form(), day);
                order(
                        drafts,
                        day,
                        at,
                        new Line(sku, quantity, price, "CNY", Channel.LIVESTREAM, platform, session),
                        province,
                        0.25);
            }
        }
    }

    /** The planted sell-out: NFC juice sachets at a promotion price until the session's stock is gone. */
    private void sellOut(LocalDate day, List<Draft> drafts) {
        int startMinute = 20 * 60;
        int packsLeft = (int) Math.max(50, Math.round(3000 * this.settings.scale()));
        BigDecimal price = new BigDecimal("45.90");
        int[] quantities = {1, 2, 3, 5};
        double[] weights = {0.45, 0.3, 0.15, 0.1};
        for (int minute = 0; minute < 180 && packsLeft > 0; minute++) {
            double lambda = 30 + 160 * StrictMath.exp(-Math.abs(minute - 12) / 5.0);
            int orders = poisson(lambda * this.settings.scale());
            for (int o = 0; o < orders && packsLeft > 0; o++) {
                int quantity = Math.min(packsLeft, quantities[pick(weights)]);
                packsLeft -= quantity;
                Instant at = at(day, startMinute * 60 + minute * 60 + this.random.nextInt(60))
                        .plusMillis(this.random.nextInt(1000));
                Province province = pickProvince(ProductForm.NFC_JUICE, day);
                order(
                        drafts,
                        day,
                        at,
                        new Line(
                                Catalogue.NFC_30ML_X10,
                                quantity,
                                price,
                                "CNY",
                                Channel.LIVESTREAM,
                                Catalogue.DOUYIN,
                                this.sellOutSession),
                        province,
                        0.25);
            }
        }
    }

    private static String sessionId(String platform, LocalDate day, int hour) {
        String code = Catalogue.DOUYIN.equals(platform) ? "DY" : "KS";
        return String.format(Locale.ROOT, "LS-%s-%s-%02d", code, day.format(BASIC_DATE), hour);
    }

    /** One order line; fresh berries need a lot picked in the last three days, else no sale. */
    private void order(
            List<Draft> drafts, LocalDate day, Instant at, Line line, Province province, double repeatShare) {
        Sku sku = line.sku();
        BigDecimal volume = sku.packSize().multiply(BigDecimal.valueOf(line.quantity()));
        String batchId = sku.form() == ProductForm.FRESH ? freshLot(volume, day) : processedBatch(sku, volume, day);
        if (batchId == null && sku.form() == ProductForm.FRESH) {
            return;
        }
        String customerId = customer(province.name(), repeatShare);
        List<String> cities = province.cities();
        String city = this.random.nextDouble() < 0.95 ? cities.get(this.random.nextInt(cities.size())) : null;
        String orderId = orderId(Catalogue.orderPrefix(line.channel(), line.platform(), "USD".equals(line.currency())));
        BuyerRegion buyer = new BuyerRegion(province.name(), city);
        drafts.add(new Draft(
                at,
                SALES,
                id -> new Sold(
                        id,
                        EventType.SOLD,
                        at,
                        at,
                        SALES_SOURCE,
                        GojiEvent.SCHEMA_VERSION,
                        orderId,
                        sku.code(),
                        sku.form(),
                        batchId,
                        line.quantity(),
                        sku.packSize(),
                        sku.form().packUnit(),
                        line.unitPrice(),
                        line.currency(),
                        line.channel(),
                        line.platform(),
                        line.livestreamId(),
                        buyer,
                        customerId)));
    }

    private @Nullable String freshLot(BigDecimal kg, LocalDate day) {
        for (Lot lot : this.freshLots) {
            if (lot.day.isBefore(day) && lot.fresh.compareTo(kg) >= 0) {
                lot.fresh = lot.fresh.subtract(kg);
                return lot.id;
            }
        }
        return null;
    }

    /**
     * The oldest batch with enough stock (premium batches for the premium SKU only, and only for it); none (sold from last season's stock) when production has
     * not caught up, so demand keeps its planted shape whatever the supply.
     */
    private @Nullable String processedBatch(Sku sku, BigDecimal volume, LocalDate day) {
        boolean premium = sku == Catalogue.DRIED_FD_250G;
        for (Stock batch : this.stock.get(sku.form())) {
            if (batch.premium == premium
                    && !batch.availableFrom.isAfter(day)
                    && batch.remaining.compareTo(volume) >= 0) {
                batch.remaining = batch.remaining.subtract(volume);
                return batch.batchId;
            }
        }
        return null;
    }

    private String customer(String province, double repeatShare) {
        List<String> known = this.customers.computeIfAbsent(province, p -> new ArrayList<>());
        if (!known.isEmpty() && this.random.nextDouble() < repeatShare) {
            return known.get(this.random.nextInt(known.size()));
        }
        // Opaque and pseudonymous: a hash, never anything that names a person.
        UUID hash = UUID.nameUUIDFromBytes(("goji-demo-customer/" + this.settings.seed() + "/" + this.customerCount++)
                .getBytes(StandardCharsets.UTF_8));
        String id = String.format(Locale.ROOT, "c%016x", hash.getMostSignificantBits());
        known.add(id);
        return id;
    }

    private String orderId(String prefix) {
        int n = this.orderCounters.merge(prefix, 1, Integer::sum);
        return String.format(Locale.ROOT, "%s-%02d%07d", prefix, this.settings.year() % 100, n);
    }

    private int quantity(Sku sku, boolean online) {
        if (sku.wholesale()) {
            return 1 + this.random.nextInt(3);
        }
        if (sku == Catalogue.NFC_250ML) {
            // Bottles: cases of 6 or 12 online, singles in shops.
            return online
                    ? new int[] {6, 12, 2, 1}[pick(new double[] {0.45, 0.25, 0.15, 0.15})]
                    : new int[] {1, 2, 6}[pick(new double[] {0.5, 0.3, 0.2})];
        }
        return new int[] {1, 2, 3, 4, 6}[pick(new double[] {0.6, 0.25, 0.08, 0.04, 0.03})];
    }

    /** Retail price of a pack: eased through the season, by channel, ending in .90 as shops price. */
    private BigDecimal price(Sku sku, LocalDate day, Channel channel, @Nullable String platform) {
        double byChannel;
        if (channel == Channel.LIVESTREAM) {
            byChannel = 0.88;
        } else if (channel == Channel.OFFLINE) {
            byChannel = 1.04;
        } else {
            byChannel = Catalogue.TMALL.equals(platform) ? 1.02 : 1.0;
        }
        double noise = 1 + 0.06 * (this.random.nextDouble() - 0.5);
        double value = sku.basePrice().doubleValue() * ease(sku.form(), day) * byChannel * noise;
        return BigDecimal.valueOf(Math.max(1, Math.round(value))).subtract(TEN_CENTS);
    }

    /** Prices start high and ease toward October; fresh berries most, juice least. */
    private double ease(ProductForm form, LocalDate day) {
        double start;
        double end;
        switch (form) {
            case FRESH:
                start = 1.15;
                end = 0.85;
                break;
            case DRIED:
                start = 1.10;
                end = 0.92;
                break;
            default:
                start = 1.05;
                end = 0.95;
                break;
        }
        return start + (end - start) * seasonProgress(day);
    }

    private double seasonProgress(LocalDate day) {
        double length = ChronoUnit.DAYS.between(this.salesStart, this.salesEnd);
        return clamp(ChronoUnit.DAYS.between(this.salesStart, day) / length, 0, 1);
    }

    private Province pickProvince(ProductForm form, LocalDate day) {
        double[] weights = new double[Catalogue.PROVINCES.size()];
        for (int i = 0; i < weights.length; i++) {
            Province province = Catalogue.PROVINCES.get(i);
            weights[i] = province.weight() * dynamics(form, province, day);
        }
        return Catalogue.PROVINCES.get(pick(weights));
    }

    private Sku pickSku(Sku[] skus, double... weights) {
        return skus[pick(weights)];
    }

    private int secondOfDay(double[] hours) {
        return pick(hours) * 3600 + this.random.nextInt(3600);
    }

    // ---------------------------------------------------------------- emitting

    private void emit(List<Draft> drafts) {
        drafts.sort(Comparator.comparingInt(Draft::chain).thenComparing(Draft::time));
        for (Draft draft : drafts) {
            this.events.add(draft.build().apply(eventId(this.settings, this.sequence++)));
        }
    }

    /** The id of the n-th event of a season: the same settings always give the same ids. */
    static UUID eventId(SeasonSettings settings, long sequence) {
        return UUID.nameUUIDFromBytes(
                ("goji-demo/" + settings.idKey() + "/" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- random helpers

    private static Instant at(LocalDate day, int secondOfDay) {
        return day.atStartOfDay(ZONE).plusSeconds(secondOfDay).toInstant();
    }

    private int pick(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = this.random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 50) {
            return (int) Math.max(0, Math.round(lambda + StrictMath.sqrt(lambda) * this.random.nextGaussian()));
        }
        double limit = StrictMath.exp(-lambda);
        double product = 1;
        int k = 0;
        do {
            k++;
            product *= this.random.nextDouble();
        } while (product > limit);
        return k - 1;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, this.random.nextInt(i + 1));
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Output of a transformation, in grams or millilitres (3 places), at least 1 g and never above the input. */
    private static BigDecimal divide(BigDecimal input, double ratio) {
        BigDecimal out = BigDecimal.valueOf(input.doubleValue() / ratio).setScale(3, RoundingMode.HALF_DOWN);
        return out.signum() > 0 ? out : new BigDecimal("0.001");
    }

    // ---------------------------------------------------------------- state

    private record Farm(String id, @Nullable String cooperativeId, String variety, double sizeKg, double quality) {}

    private record PlannedPick(Farm farm, int round, boolean autumn, double curve) {}

    private record Draft(Instant time, int chain, Function<UUID, GojiEvent> build) {}

    private record Line(
            Sku sku,
            int quantity,
            BigDecimal unitPrice,
            String currency,
            Channel channel,
            @Nullable String platform,
            @Nullable String livestreamId) {}

    /** A harvested lot: what is left for the processors and for fresh sale, in kg (0.1 kg steps). */
    private static final class Lot {

        final String id;

        final LocalDate day;

        final Grade grade;

        final BigDecimal harvestedKg;

        /** Picked by a farm of the premium co-operative. */
        final boolean premium;

        BigDecimal processable;

        BigDecimal fresh;

        Lot(String id, LocalDate day, Grade grade, BigDecimal processable, BigDecimal fresh, boolean premium) {
            this.id = id;
            this.day = day;
            this.grade = grade;
            this.harvestedKg = processable.add(fresh);
            this.premium = premium;
            this.processable = processable;
            this.fresh = fresh;
        }
    }

    /** A processed batch on the shelf, in kg or L, sellable from the day after it was made. */
    private static final class Stock {

        final String batchId;

        final LocalDate availableFrom;

        /** Freeze-dried from the premium co-operative's lots: sold only as the premium SKU. */
        final boolean premium;

        BigDecimal remaining;

        Stock(String batchId, LocalDate availableFrom, BigDecimal remaining, boolean premium) {
            this.batchId = batchId;
            this.premium = premium;
            this.availableFrom = availableFrom;
            this.remaining = remaining;
        }
    }
}
