package io.gojichain.boot.security;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.contracts.EventType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may POST to an ingest path: an {@code integrator} key, or an {@code ingest} key whose organisation kind posts
 * that event type (cooperative -> harvests, processor -> processing, seller -> sales).
 */
class IngestAccess implements AuthorizationManager<RequestAuthorizationContext>, RequestMatcher {

    private final @Nullable IngestEndpoints endpoints;

    IngestAccess(@Nullable IngestEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** A POST to one of the service's ingest paths (single or batch). */
    @Override
    public boolean matches(HttpServletRequest request) {
        return this.endpoints != null
                && "POST".equals(request.getMethod())
                && this.endpoints.typeOf(request.getRequestURI()) != null;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        EventType type = this.endpoints == null
                ? null
                : this.endpoints.typeOf(context.getRequest().getRequestURI());
        if (type == null) {
            return new AuthorizationDecision(false);
        }
        Submitter submitter = Submitter.of(auth);
        boolean granted = submitter.postsForAnyone()
                || (submitter.roles().contains(Roles.INGEST)
                        && submitter.kind() != null
                        && submitter.kind().posts(type));
        return new AuthorizationDecision(granted);
    }
}
