package io.gojichain.boot.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * API keys ({@code <id>.<secret>}) as opaque bearer tokens, looked up in the {@link KeyFile}. An unknown id, a
 * revoked key and a wrong secret fail alike, with the same message, and the hash is compared even for an unknown id,
 * so neither the answer nor its time says whether a key exists. The principal's name is the key id; its attributes
 * carry the organisation and its kind ({@link #ORGANISATION}, {@link #KIND}); its authorities are {@code
 * ROLE_<role>}.
 */
public class ApiKeyIntrospector implements OpaqueTokenIntrospector {

    /** The principal attribute with the key's organisation id. */
    public static final String ORGANISATION = "organisationId";

    /** The principal attribute with the organisation's kind ({@code cooperative} ...), absent for none. */
    public static final String KIND = "kind";

    private static final String UNKNOWN_HASH = ApiKey.sha256Hex("no such key");

    private final KeyFile keys;

    public ApiKeyIntrospector(KeyFile keys) {
        this.keys = keys;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            throw refused();
        }
        ApiKey key = this.keys.find(token.substring(0, dot));
        String secret = token.substring(dot + 1);
        if (key == null) {
            ApiKey.sha256Hex(secret).equals(UNKNOWN_HASH); // the same work as for a known id
            throw refused();
        }
        if (!key.matches(secret)) {
            throw refused();
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(OAuth2TokenIntrospectionClaimNames.SUB, key.id());
        attributes.put(ORGANISATION, key.organisationId());
        if (key.kind() != null) {
            attributes.put(KIND, key.kind().wireName());
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : key.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return new OAuth2IntrospectionAuthenticatedPrincipal(key.id(), attributes, authorities);
    }

    private static BadOpaqueTokenException refused() {
        return new BadOpaqueTokenException("The key is not valid");
    }
}
