package io.gojichain.boot.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The key a request came with: its organisation is what the service stamps as {@code submittedBy}, and what an
 * {@code ingest} key may name in the organisation fields of an event. A controller method takes it as a parameter.
 *
 * @param keyId the key's id
 * @param organisationId the key's organisation
 * @param kind the organisation's kind, null for a key without one (an integrator, analyst or ops key may have none)
 * @param roles the key's roles ({@link Roles})
 */
public record Submitter(
        String keyId, String organisationId, @Nullable OrganisationKind kind, Set<String> roles) {

    public Submitter {
        roles = Set.copyOf(roles);
    }

    /** The submitter of an authenticated request (an API key, or a test's {@code opaqueToken()}). */
    public static Submitter of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String organisation = authentication.getName();
        OrganisationKind kind = null;
        if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            Object org = principal.getAttribute(ApiKeyIntrospector.ORGANISATION);
            if (org instanceof String name) {
                organisation = name;
            }
            Object kindName = principal.getAttribute(ApiKeyIntrospector.KIND);
            if (kindName instanceof String name) {
                kind = OrganisationKind.ofWireName(name);
            }
        }
        return new Submitter(authentication.getName(), organisation, kind, roles);
    }

    /** An integrator key posts for any organisation. */
    public boolean postsForAnyone() {
        return this.roles.contains(Roles.INTEGRATOR);
    }

    /**
     * The organisation an event names in a scoped field ({@code cooperativeId}, {@code processorId}, {@code
     * sellerId}) once this key is allowed it: for an {@code ingest} key its own organisation, filled in when the
     * field is absent; for an integrator key whatever the body says.
     *
     * @param field the field's path for the answer, e.g. {@code cooperativeId} or {@code [3].cooperativeId}
     * @throws OrganisationForbiddenException when the body names another organisation
     */
    public @Nullable String scope(String field, @Nullable String named) {
        if (postsForAnyone()) {
            return named;
        }
        if (named == null) {
            return this.organisationId;
        }
        if (!named.equals(this.organisationId)) {
            throw new OrganisationForbiddenException(field);
        }
        return named;
    }
}
