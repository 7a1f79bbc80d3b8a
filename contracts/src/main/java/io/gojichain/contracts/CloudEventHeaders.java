package io.gojichain.contracts;

/**
 * CloudEvents 1.0 attributes carried as Kafka headers (binary content mode), values UTF-8.
 * {@code ce_id} is the eventId, {@code ce_type} {@link EventType#cloudEventType()}, {@code
 * ce_source} {@code /<service name>}, {@code ce_time} the eventTime.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";

    public static final String ID = "ce_id";

    public static final String TYPE = "ce_type";

    public static final String SOURCE = "ce_source";

    public static final String TIME = "ce_time";

    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
