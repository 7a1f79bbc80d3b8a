package io.gojichain.boot.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of the key file, re-read when the file changed (its modification time, size or file key), looked at no
 * more than once per {@code reloadInterval}: a key added or revoked counts on every service within that interval plus
 * a request, without a restart. A missing file means no keys (every key is refused); a line that cannot be read is
 * logged and skipped, and a file that cannot be read at all keeps the keys read before.
 */
public class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private final Path path;

    private final Duration reloadInterval;

    private final Clock clock;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), null, Instant.MIN);

    public KeyFile(Path path, Duration reloadInterval, Clock clock) {
        this.path = path;
        this.reloadInterval = reloadInterval;
        this.clock = clock;
    }

    public Path path() {
        return this.path;
    }

    /** The key with this id, unless it is unknown or revoked. */
    public @Nullable ApiKey find(String id) {
        ApiKey key = current().keys().get(id);
        return key == null || key.revoked() ? null : key;
    }

    /** Every key of the file, revoked ones included. */
    public List<ApiKey> keys() {
        return List.copyOf(current().keys().values());
    }

    private Snapshot current() {
        Snapshot seen = this.snapshot;
        Instant now = this.clock.instant();
        if (now.isBefore(seen.checkedAt().plus(this.reloadInterval))) {
            return seen;
        }
        synchronized (this) {
            seen = this.snapshot;
            if (now.isBefore(seen.checkedAt().plus(this.reloadInterval))) {
                return seen;
            }
            this.snapshot = reload(seen, now);
            return this.snapshot;
        }
    }

    private Snapshot reload(Snapshot seen, Instant now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(this.path, BasicFileAttributes.class);
            String version = attributes.lastModifiedTime().toMillis() + ":" + attributes.size() + ":"
                    + Objects.toString(attributes.fileKey(), "");
            if (version.equals(seen.version())) {
                return new Snapshot(seen.keys(), version, now);
            }
            Map<String, ApiKey> keys = read(Files.readAllLines(this.path, StandardCharsets.UTF_8));
            log.info("Read {} keys from {}", keys.size(), this.path);
            return new Snapshot(keys, version, now);
        } catch (NoSuchFileException ex) {
            if (seen.version() != null || seen.checkedAt().equals(Instant.MIN)) {
                log.warn("No key file at {}: every API key is refused", this.path.toAbsolutePath());
            }
            return new Snapshot(Map.of(), null, now);
        } catch (IOException ex) {
            log.warn("Cannot read the key file {} ({}); keeping the keys read before", this.path, ex.toString());
            return new Snapshot(seen.keys(), seen.version(), now);
        }
    }

    private Map<String, ApiKey> read(List<String> lines) {
        Map<String, ApiKey> keys = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                ApiKey key = ApiKey.parse(lines.get(i));
                if (key != null && keys.putIfAbsent(key.id(), key) != null) {
                    // Two lines with one id: refuse the id rather than guess which line is meant.
                    log.warn("{} line {}: key id {} repeated; the key is refused", this.path, i + 1, key.id());
                    keys.put(
                            key.id(),
                            new ApiKey(
                                    key.id(), key.organisationId(), null, java.util.Set.of(), key.sha256(), "", true));
                }
            } catch (IllegalArgumentException ex) {
                log.warn("{} line {} skipped: {}", this.path, i + 1, ex.getMessage());
            }
        }
        return Map.copyOf(keys);
    }

    private record Snapshot(
            Map<String, ApiKey> keys, @Nullable String version, Instant checkedAt) {}
}
