package io.gojichain.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The development keys the tools send (docs/CONTRACT.md section 5): {@code GOJI_INTEGRATOR_KEY}, {@code
 * GOJI_ANALYST_KEY} and {@code GOJI_OPS_KEY} from the environment, else from {@code .goji/keys.env} (which {@code
 * ./goji up} writes). Each request gets the key its path needs: ops for the actuator, analyst for the insights and
 * trace endpoints, integrator for posting events; none for the public probes, and none when no key is known (the
 * service then answers 401, which the tools report).
 */
public final class ApiKeys {

    /** Where {@code ./goji up} writes the development key set, relative to the repository root. */
    public static final Path FILE = Path.of(".goji", "keys.env");

    private static volatile @Nullable ApiKeys local;

    private final Map<String, String> keys;

    ApiKeys(Map<String, String> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The keys of this machine: the environment's, else {@link #FILE}'s; read once. */
    public static ApiKeys local() {
        ApiKeys keys = local;
        if (keys == null) {
            keys = read(System::getenv, FILE);
            local = keys;
        }
        return keys;
    }

    static ApiKeys read(Function<String, @Nullable String> env, Path file) {
        Map<String, String> fromFile = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    parse(line, fromFile);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        Map<String, String> keys = new HashMap<>();
        for (String name : new String[] {"GOJI_INTEGRATOR_KEY", "GOJI_ANALYST_KEY", "GOJI_OPS_KEY"}) {
            String value = env.apply(name);
            if (value == null || value.isBlank()) {
                value = fromFile.get(name);
            }
            if (value != null && !value.isBlank()) {
                keys.put(name, value.strip());
            }
        }
        return new ApiKeys(keys);
    }

    /** {@code NAME=value}, {@code export NAME='value'}; comments and anything else skipped. */
    private static void parse(String line, Map<String, String> into) {
        String text = line.strip();
        if (text.startsWith("export ")) {
            text = text.substring("export ".length()).strip();
        }
        int equals = text.indexOf('=');
        if (text.startsWith("#") || equals <= 0) {
            return;
        }
        String value = text.substring(equals + 1).strip();
        if (value.length() >= 2
                && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            value = value.substring(1, value.length() - 1);
        }
        into.put(text.substring(0, equals).strip(), value);
    }

    /** The key a request to this address needs, or null for a public path or an unknown key. */
    public @Nullable String keyFor(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.startsWith("/actuator/health")) {
            return null;
        }
        if (path.startsWith("/actuator/")) {
            return this.keys.get("GOJI_OPS_KEY");
        }
        if (path.startsWith("/api/v1/insights") || path.startsWith("/api/v1/trace")) {
            return this.keys.get("GOJI_ANALYST_KEY");
        }
        if (path.startsWith("/api/")) {
            return this.keys.get("GOJI_INTEGRATOR_KEY");
        }
        return null;
    }

    /** The request with {@code Authorization: Bearer <key>} for its address, when a key is known. */
    public HttpRequest.Builder authorize(HttpRequest.Builder request, URI uri) {
        String key = keyFor(uri);
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }
}
