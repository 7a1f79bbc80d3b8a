package io.gojichain.boot.testing;

import io.gojichain.boot.security.ApiKey;
import io.gojichain.boot.security.ApiKeyIntrospector;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OpaqueTokenRequestPostProcessor;

/**
 * Known API keys for tests: {@link TestKeyFile} writes them (hashed) into a key file, so a test sends them as {@code
 * Authorization: Bearer} against the real introspector; {@link #asToken} gives the same key to a web slice through
 * spring-security-test's {@code opaqueToken()}. {@link #REVOKED} is in the file, marked revoked; {@link #WRONG} is
 * a known id with a wrong secret.
 */
public final class TestKeys {

    /** A key of each role and organisation kind: {@code id org kind roles secret}. */
    public record Key(String id, String organisationId, String kind, List<String> roles, String secret) {

        /** The bearer token: {@code <id>.<secret>}. */
        public String token() {
            return this.id + "." + this.secret;
        }

        /** {@code Bearer <token>}, the value of the Authorization header. */
        public String bearer() {
            return "Bearer " + token();
        }

        String line(boolean revoked) {
            return String.join(
                            " ",
                            this.id,
                            this.organisationId,
                            this.kind,
                            String.join(",", this.roles),
                            ApiKey.sha256Hex(this.secret),
                            "2026-01-01T00:00:00Z")
                    + (revoked ? " revoked" : "");
        }
    }

    public static final Key ANALYST = new Key("t-analyst", "county-office", "-", List.of("analyst"), secret("a"));

    public static final Key OPS = new Key("t-ops", "goji-ops", "-", List.of("ops"), secret("o"));

    public static final Key INTEGRATOR =
            new Key("t-integrator", "county-data", "-", List.of("integrator"), secret("i"));

    public static final Key INTERNAL = new Key("t-internal", "insights-service", "-", List.of("internal"), secret("n"));

    /** The co-operative the services' test bodies name ({@code cooperativeId}). */
    public static final Key COOPERATIVE =
            new Key("t-coop", "COOP-JH-03", "cooperative", List.of("ingest"), secret("c"));

    /** The processor the test bodies name first ({@code processorId} P03). */
    public static final Key PROCESSOR = new Key("t-p03", "P03", "processor", List.of("ingest"), secret("p"));

    public static final Key SELLER = new Key("t-shop", "SHOP-01", "seller", List.of("ingest"), secret("s"));

    /** In the key file, but revoked. */
    public static final Key REVOKED = new Key("t-revoked", "county-office", "-", List.of("analyst"), secret("r"));

    /** The id of {@link #ANALYST} with a secret that is not its own. */
    public static final String WRONG = ANALYST.id() + "." + secret("x");

    public static final List<Key> ALL = List.of(ANALYST, OPS, INTEGRATOR, INTERNAL, COOPERATIVE, PROCESSOR, SELLER);

    private TestKeys() {}

    /** The key file's text: every key of {@link #ALL}, and {@link #REVOKED} marked revoked. */
    public static String keyFileText() {
        StringBuilder text = new StringBuilder("# test keys: id org kind roles sha256 created [revoked]\n");
        for (Key key : ALL) {
            text.append(key.line(false)).append('\n');
        }
        return text.append(REVOKED.line(true)).append('\n').toString();
    }

    /** The line of one key, as {@code ./goji keys create} writes it. */
    public static String line(Key key) {
        return key.line(false);
    }

    /** The key as a web slice's {@code opaqueToken()}: the principal the real introspector would give. */
    public static OpaqueTokenRequestPostProcessor asToken(Key key) {
        Map<String, Object> attributes = "-".equals(key.kind())
                ? Map.of("sub", key.id(), ApiKeyIntrospector.ORGANISATION, key.organisationId())
                : Map.of(
                        "sub",
                        key.id(),
                        ApiKeyIntrospector.ORGANISATION,
                        key.organisationId(),
                        ApiKeyIntrospector.KIND,
                        key.kind());
        return SecurityMockMvcRequestPostProcessors.opaqueToken()
                .attributes(map -> {
                    map.clear();
                    map.putAll(attributes);
                })
                .authorities(key.roles().stream()
                        .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
    }

    // 43 base64url characters, like a real secret of 256 bits; fixed, so that failures are reproducible.
    private static String secret(String seed) {
        return (seed + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ").substring(0, 43);
    }
}
