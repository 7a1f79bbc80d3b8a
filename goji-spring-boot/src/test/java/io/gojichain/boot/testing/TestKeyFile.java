package io.gojichain.boot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A temporary key file holding {@link TestKeys}, and {@code goji.security.keys-file} pointing at it: for every test
 * context of a module through its test {@code META-INF/spring.factories} ({@link Initializer} as an {@code
 * ApplicationContextInitializer}), or for one test with {@link #register} in a {@code @DynamicPropertySource} (which
 * wins, and gives the test the file). {@link #revoke} and {@link #append} change the file as {@code ./goji
 * keys} does (a new file moved into place), for tests of what a running service does with it.
 */
public final class TestKeyFile {

    public static final String PROPERTY = "goji.security.keys-file";

    /** A new key file with the test keys, deleted when the JVM exits. */
    public static Path create() {
        try {
            Path dir = Files.createTempDirectory("goji-keys");
            Path file = dir.resolve("keys");
            Files.writeString(file, TestKeys.keyFileText(), StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Points the application at a new key file; answers the file. */
    public static Path register(DynamicPropertyRegistry registry) {
        Path file = create();
        registry.add(PROPERTY, file::toString);
        return file;
    }

    /** Marks a key revoked, as {@code ./goji keys revoke} does. */
    public static void revoke(Path file, String keyId) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.startsWith(keyId + " ") && !line.endsWith(" revoked") ? line + " revoked" : line)
                    .toList();
            replace(file, String.join("\n", lines) + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Adds a key line. */
    public static void append(Path file, String line) {
        try {
            replace(file, Files.readString(file, StandardCharsets.UTF_8) + line + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path next = Files.createTempFile(file.getParent(), "keys", ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private TestKeyFile() {}

    /** Sets {@code goji.security.keys-file} to a new key file before the context starts. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // Last: a key file the test sets itself (a @DynamicPropertySource, a property) wins.
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource("goji-test-keys", Map.of(PROPERTY, create().toString())));
        }
    }
}
