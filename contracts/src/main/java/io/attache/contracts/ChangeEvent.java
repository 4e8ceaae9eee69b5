package io.attache.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * Data of a change event on {@link Topics#CHANGES} and on the SSE stream: one change_log row.
 * {@code sequence} is the change_log sequence id: strictly increasing, gap-free in commit order.
 */
public record ChangeEvent(
        int schemaVersion,
        long sequence,
        String type,
        String entityId,
        Instant time,
        Map<String, Object> payload) {

    public static final int SCHEMA_VERSION = 1;

    /** The CloudEvent that carries this change on Kafka and on the SSE stream; its id is stable per sequence. */
    public CloudEvent<ChangeEvent> envelope() {
        return CloudEvent.of("change-" + sequence, EventTypes.ENTITY_SOURCE, type, time, entityId, this);
    }
}
