package io.gojichain.boot.security;

import io.gojichain.contracts.EventType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an organisation is along the chain, and so which events its {@code ingest} key may post. */
public enum OrganisationKind {
    COOPERATIVE,
    PROCESSOR,
    SELLER;

    /** Whether an {@code ingest} key of this kind may post events of this type. */
    public boolean posts(EventType type) {
        return switch (type) {
            case HARVESTED -> this == COOPERATIVE;
            case DRIED, JUICED -> this == PROCESSOR;
            case SOLD -> this == SELLER;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a key file's column; null for {@code -} (a key that posts nothing by kind). */
    public static @Nullable OrganisationKind ofWireName(String name) {
        for (OrganisationKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
