package io.gojichain.boot.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys are ({@code goji.security.*}, e.g. env {@code GOJI_SECURITY_KEYS_FILE}).
 *
 * @param keysFile the key file, one key a line (see {@link ApiKey}); relative to the working directory
 * @param reloadInterval how often, at most, the file is checked for changes
 */
@ConfigurationProperties("goji.security")
public record GojiSecurityProperties(
        @DefaultValue(".goji/keys") Path keysFile,
        @DefaultValue("2s") Duration reloadInterval) {}
