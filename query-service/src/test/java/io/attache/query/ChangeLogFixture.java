package io.attache.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.attache.contracts.ChangeEvent;
import io.attache.contracts.Topics;
import io.attache.testing.Sql;
import io.attache.testing.TopicWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Plays entity-service for the stream tests: appends change_log rows and relays them to the changes topic. */
final class ChangeLogFixture implements AutoCloseable {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final TopicWriter writer = new TopicWriter();

    long latest() {
        return Sql.count("select coalesce(max(seq), 0) from change_log");
    }

    /** Appends a row (not relayed): what a reconnecting client must get from the store. */
    synchronized ChangeEvent append(String type, String entityId, Map<String, Object> payload) {
        try {
            long seq = latest() + 1;
            Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Sql.update("insert into change_log (seq, type, entity_id, payload, created_at) values (?, ?, ?, cast(? as jsonb), ?)",
                    seq, type, entityId, mapper.writeValueAsString(payload), java.sql.Timestamp.from(time));
            return new ChangeEvent(ChangeEvent.SCHEMA_VERSION, seq, type, entityId, time, payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends and relays, as entity-service does. */
    ChangeEvent appendAndRelay(String type, String entityId, Map<String, Object> payload) {
        ChangeEvent change = append(type, entityId, payload);
        relay(change);
        return change;
    }

    void relay(ChangeEvent change) {
        try {
            writer.send(Topics.CHANGES, change.entityId(), mapper.writeValueAsString(change.envelope()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
