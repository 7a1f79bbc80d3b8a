package io.gojichain.boot.security;

import java.util.Set;

/** The roles of section 5, as they appear in the key file; Spring sees them as {@code ROLE_<name>}. */
public final class Roles {

    /** POST the events of the key's organisation kind, for its own organisation. */
    public static final String INGEST = "ingest";

    /** POST any event for any organisation. */
    public static final String INTEGRATOR = "integrator";

    /** GET the insights and trace endpoints. */
    public static final String ANALYST = "analyst";

    /** The actuator beyond the public health probes. */
    public static final String OPS = "ops";

    /** insights-service instances reading each other's stores ({@code /internal/**}). */
    public static final String INTERNAL = "internal";

    public static final Set<String> ALL = Set.of(INGEST, INTEGRATOR, ANALYST, OPS, INTERNAL);

    private Roles() {}
}
