package io.attache.query.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Replay source: change_log rows by sequence (gap-free, commit-ordered; see the V1 migration). */
@ApplicationScoped
public class ChangeLogReader {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Transactional
    public long latestSequence() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from change_log").getSingleResult())
                .longValue();
    }

    /** Changes with after < seq < before, in order, at most {@code limit}. */
    @Transactional
    public List<ChangeEvent> between(long after, long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, type, entity_id, cast(payload as text), created_at from change_log
                where seq > :after and seq < :before order by seq limit :limit""")
                .setParameter("after", after).setParameter("before", before).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::toChange).toList();
    }

    private ChangeEvent toChange(Object[] row) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = mapper.readValue((String) row[3], Map.class);
            return new ChangeEvent(ChangeEvent.SCHEMA_VERSION, ((Number) row[0]).longValue(), (String) row[1],
                    (String) row[2], toInstant(row[4]), payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change_log payload is not JSON", e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
