package io.gojichain.insights;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything insights-service can be told, under {@code goji.insights}.
 *
 * @param zone the calendar of every bucket (days, ISO weeks, months)
 * @param dedupRetention how long a seen eventId is remembered after its first arrival
 * @param feKgFactors fresh kilograms per kg or litre of each product form
 * @param forecast smoothing constants of the demand forecast
 * @param dedupPurgeInterval how often (wall clock) seen eventIds older than the retention are purged
 * @param topics partitions and replication of the topics this service creates when missing
 * @param retryAfter the {@code Retry-After} a 503 answers while the stores cannot be queried
 * @param stallAfter readiness turns DOWN when records wait on the topics and none was handled for this long
 */
@ConfigurationProperties("goji.insights")
public record InsightsProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("7d") Duration dedupRetention,
        @DefaultValue FeKgFactors feKgFactors,
        @DefaultValue Forecast forecast,
        @DefaultValue("10m") Duration dedupPurgeInterval,
        @DefaultValue Topics topics,
        @DefaultValue("2s") Duration retryAfter,
        @DefaultValue("60s") Duration stallAfter) {

    @ConstructorBinding
    public InsightsProperties {}

    /** The original four settings; engine settings take their defaults (kept for existing callers). */
    public InsightsProperties(ZoneId zone, Duration dedupRetention, FeKgFactors feKgFactors, Forecast forecast) {
        this(
                zone,
                dedupRetention,
                feKgFactors,
                forecast,
                Duration.ofMinutes(10),
                new Topics(6, (short) 1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(60));
    }

    /** Defaults from docs/CONTRACT.md: fresh 1.0/kg, dried 4.5/kg, nfc_juice 1.3/L, pulp 1.15/L. */
    public record FeKgFactors(
            @DefaultValue("1.0") BigDecimal fresh,
            @DefaultValue("4.5") BigDecimal dried,
            @DefaultValue("1.3") BigDecimal nfcJuice,
            @DefaultValue("1.15") BigDecimal pulp) {}

    /** Additive Holt-Winters on daily feKg (docs/DOMAIN.md): weekly season, Holt alone below 14 days. */
    public record Forecast(
            @DefaultValue("0.3") double alpha,
            @DefaultValue("0.1") double beta,
            @DefaultValue("0.1") double gamma,
            @DefaultValue("7") int seasonLength,
            @DefaultValue("14") int minDaysForSeason,
            @DefaultValue("14") int horizonDays) {}

    /** The event topics and the dead-letter topic, created at startup when missing. */
    public record Topics(
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor) {}
}
