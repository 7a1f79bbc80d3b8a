package io.gojichain.tools;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * GNU-style long options ({@code --name value}, {@code --name=value}, bare {@code --flag}). Small
 * on purpose: every command lists the options it knows, anything else is a usage error.
 */
public final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param flags options without a value, e.g. {@code dry-run}
     * @param valued options that take a value, e.g. {@code seed}
     */
    public static Args parse(List<String> argv, Set<String> flags, Set<String> valued) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                values.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new Args(values);
    }

    public boolean has(String name) {
        return this.values.containsKey(name);
    }

    public boolean flag(String name) {
        return this.values.containsKey(name);
    }

    public @Nullable String string(String name) {
        return this.values.get(name);
    }

    public String string(String name, String fallback) {
        return this.values.getOrDefault(name, fallback);
    }

    public long longValue(String name, long fallback, long min, long max) throws UsageException {
        String raw = this.values.get(name);
        if (raw == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " must be a whole number, not '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    public int intValue(String name, int fallback, int min, int max) throws UsageException {
        return (int) longValue(name, fallback, min, max);
    }

    /** An http(s) URL with a host, e.g. a service's base URL. */
    public URI url(String name, String fallback) throws UsageException {
        String raw = this.values.getOrDefault(name, fallback);
        try {
            URI uri = new URI(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException(
                        "--" + name + " must be an http(s) URL like " + fallback + ", not '" + raw + "'");
            }
            return uri;
        } catch (URISyntaxException ex) {
            throw new UsageException("--" + name + " is not a URL: '" + raw + "'");
        }
    }

    public double doubleValue(String name, double fallback, double min, double max) throws UsageException {
        String raw = this.values.get(name);
        if (raw == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " must be a number, not '" + raw + "'");
        }
        if (!(value >= min && value <= max)) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + raw);
        }
        return value;
    }
}
