package io.gojichain.boot.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the key file: {@code id org kind roles sha256 created [revoked]}, separated by blanks. {@code kind} is
 * {@code cooperative}, {@code processor}, {@code seller} or {@code -}; {@code roles} is comma-separated; {@code
 * sha256} is the lower-case hex SHA-256 of the secret (the part after the first dot of {@code <id>.<secret>}). A
 * revoked key is removed or marked {@code revoked} in a seventh column. The secret itself is never stored: 256
 * random bits need no salt or slow hash, and the hash is compared in constant time.
 */
public record ApiKey(
        String id,
        String organisationId,
        @Nullable OrganisationKind kind,
        Set<String> roles,
        String sha256,
        String created,
        boolean revoked) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiKey {
        roles = Set.copyOf(roles);
    }

    /** A key file line; null for a blank line or a comment ({@code #}). */
    static @Nullable ApiKey parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        List<String> columns = List.of(text.split("\\s+"));
        if (columns.size() < 6 || columns.size() > 7) {
            throw new IllegalArgumentException("expected 6 or 7 columns, found " + columns.size());
        }
        String id = columns.get(0);
        if (!CODE.matcher(id).matches() || id.contains(".")) {
            throw new IllegalArgumentException("key id must match [A-Za-z0-9_:-]{1,64}");
        }
        if (!CODE.matcher(columns.get(1)).matches()) {
            throw new IllegalArgumentException("organisation must be a lot code");
        }
        OrganisationKind kind = OrganisationKind.ofWireName(columns.get(2));
        if (kind == null && !"-".equals(columns.get(2))) {
            throw new IllegalArgumentException("kind must be cooperative, processor, seller or -");
        }
        Set<String> roles = new LinkedHashSet<>(List.of(columns.get(3).split(",")));
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("roles must be among " + Roles.ALL);
        }
        String hash = columns.get(4).toLowerCase(java.util.Locale.ROOT);
        if (!HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits");
        }
        boolean revoked = columns.size() == 7 && "revoked".equals(columns.get(6));
        if (columns.size() == 7 && !revoked) {
            throw new IllegalArgumentException("the seventh column may only be 'revoked'");
        }
        return new ApiKey(id, columns.get(1), kind, roles, hash, columns.get(5), revoked);
    }

    /** Whether this is the key's secret, in time independent of where they differ. */
    boolean matches(String secret) {
        return MessageDigest.isEqual(
                this.sha256.getBytes(StandardCharsets.US_ASCII),
                sha256Hex(secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** The lower-case hex SHA-256 of a secret's UTF-8 bytes, as the key file holds it. */
    public static String sha256Hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JVM has SHA-256", ex);
        }
    }
}
