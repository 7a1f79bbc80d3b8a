package io.gojichain.insights.livestreams;

import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.livestreams.LivestreamDetail.MinuteSales;
import io.gojichain.insights.livestreams.LivestreamsReport.LivestreamSession;
import io.gojichain.insights.livestreams.LivestreamsReport.LivestreamTotals;
import io.gojichain.insights.livestreams.LivestreamsReport.PeakMinute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Livestream sessions (docs/DOMAIN.md): units, revenue, feKg and orders per session, its peak minute, and
 * the top sessions of a period by feKg. A session belongs to the period of its first sale.
 */
final class LivestreamCalculator {

    private static final Comparator<Session> BY_FE_KG_DESC =
            Comparator.comparing((Session s) -> s.feKg).reversed().thenComparing(s -> s.livestreamId);

    private final InsightFacts facts;

    private final FeKgFactors factors;

    LivestreamCalculator(InsightFacts facts, FeKgFactors factors) {
        this.facts = facts;
        this.factors = factors;
    }

    LivestreamsReport top(Period period, int top, ZoneId zone) {
        List<Session> sessions = sessions(this.facts.livestreams(period.from(), period.to()));
        sessions.sort(BY_FE_KG_DESC);
        Session total = new Session("");
        sessions.forEach(total::addSession);
        LivestreamTotals totals =
                new LivestreamTotals(sessions.size(), total.orders, total.units, total.feKg, money(total.revenue));
        // minute series are read for the listed sessions only: one store query each
        List<LivestreamSession> listed = sessions.stream()
                .limit(top)
                .map(s -> s.toResponse(peak(minutes(s.livestreamId))))
                .toList();
        return new LivestreamsReport(period, zone.getId(), top, totals, listed);
    }

    /** The session and its minutes; empty when nothing was sold under that id. */
    Optional<LivestreamDetail> session(String livestreamId, ZoneId zone) {
        List<MinuteSales> minutes = minutes(livestreamId);
        if (minutes.isEmpty()) {
            return Optional.empty();
        }
        // the facts are filed under the day of the first sale: search the days the minutes span, with a
        // day of margin on both sides for sessions that cross midnight
        LocalDate first = minutes.get(0).minute().atZone(zone).toLocalDate();
        LocalDate last = minutes.get(minutes.size() - 1).minute().atZone(zone).toLocalDate();
        List<LivestreamFact> facts = this.facts.livestreams(first.minusDays(1), last.plusDays(1)).stream()
                .filter(f -> f.livestreamId().equals(livestreamId))
                .toList();
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Session session = sessions(facts).get(0);
        return Optional.of(new LivestreamDetail(zone.getId(), session.toResponse(peak(minutes)), minutes));
    }

    private List<Session> sessions(List<LivestreamFact> facts) {
        Map<String, Session> byId = new HashMap<>();
        for (LivestreamFact fact : facts) {
            byId.computeIfAbsent(fact.livestreamId(), Session::new).add(fact, this.factors);
        }
        return new ArrayList<>(byId.values());
    }

    private List<MinuteSales> minutes(String livestreamId) {
        return this.facts.livestreamMinutes(livestreamId).stream()
                .sorted(Comparator.comparing(LivestreamMinuteFact::minute))
                .map(m -> new MinuteSales(m.minute(), m.orders(), m.units()))
                .toList();
    }

    /** The minute with the most units; of equal minutes, the earliest (the list is in time order). */
    static @Nullable PeakMinute peak(List<MinuteSales> minutes) {
        @Nullable MinuteSales best = null;
        for (MinuteSales m : minutes) {
            if (best == null || m.units() > best.units()) {
                best = m;
            }
        }
        return best == null ? null : new PeakMinute(best.minute(), best.units(), best.orders());
    }

    private static Map<String, String> money(Map<String, BigDecimal> revenue) {
        Map<String, String> out = new TreeMap<>();
        revenue.forEach((currency, amount) ->
                out.put(currency, amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        return out;
    }

    /** Running sums of one session (or of all, for the totals). */
    private static final class Session {
        final String livestreamId;

        @Nullable
        String platform;

        long orders;
        long units;
        BigDecimal feKg = BigDecimal.ZERO;
        final Map<String, BigDecimal> revenue = new TreeMap<>();

        @Nullable
        Instant firstSale;

        @Nullable
        Instant lastSale;

        Session(String livestreamId) {
            this.livestreamId = livestreamId;
        }

        void add(LivestreamFact fact, FeKgFactors factors) {
            // facts of one session should agree on the platform; if not, keep a stable choice
            String platform = fact.platform();
            if (platform != null
                    && !platform.isBlank()
                    && (this.platform == null || platform.compareTo(this.platform) < 0)) {
                this.platform = platform;
            }
            this.orders += fact.orders();
            this.units += fact.units();
            this.feKg = this.feKg.add(factors.feKg(fact.productForm(), fact.volume()));
            this.revenue.merge(fact.currency(), fact.revenue(), BigDecimal::add);
            this.firstSale = (this.firstSale == null || fact.firstSale().isBefore(this.firstSale))
                    ? fact.firstSale()
                    : this.firstSale;
            this.lastSale =
                    (this.lastSale == null || fact.lastSale().isAfter(this.lastSale)) ? fact.lastSale() : this.lastSale;
        }

        /** Adds a whole session into these totals. */
        void addSession(Session other) {
            this.orders += other.orders;
            this.units += other.units;
            this.feKg = this.feKg.add(other.feKg);
            other.revenue.forEach((currency, amount) -> this.revenue.merge(currency, amount, BigDecimal::add));
        }

        LivestreamSession toResponse(@Nullable PeakMinute peak) {
            // a session exists only through its facts, each with a first and last sale
            Instant first = Objects.requireNonNull(this.firstSale);
            Instant last = Objects.requireNonNull(this.lastSale);
            return new LivestreamSession(
                    this.livestreamId,
                    this.platform,
                    this.orders,
                    this.units,
                    this.feKg,
                    money(this.revenue),
                    first,
                    last,
                    Duration.between(first, last).toString(),
                    peak);
        }
    }
}
