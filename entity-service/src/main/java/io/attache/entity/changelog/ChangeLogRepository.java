package io.attache.entity.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Appends to change_log inside the caller's transaction. */
@ApplicationScoped
public class ChangeLogRepository {
    /** Serialises writers between sequence assignment and commit, so sequence order is commit order, without gaps. */
    private static final long SEQUENCE_LOCK = 0x4174_7461_6368_65L;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<ChangeLogged> changeLogged;

    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String type, String entityId, Map<String, Object> payload) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", SEQUENCE_LOCK).getSingleResult();
        Number seq = (Number) em.createNativeQuery("""
                insert into change_log (seq, type, entity_id, payload)
                select coalesce(max(seq), 0) + 1, :type, :entityId, cast(:payload as jsonb) from change_log
                returning seq""")
                .setParameter("type", type)
                .setParameter("entityId", entityId)
                .setParameter("payload", toJson(payload))
                .getSingleResult();
        changeLogged.fire(new ChangeLogged(seq.longValue()));
        return seq.longValue();
    }

    private String toJson(Map<String, Object> payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("change payload is not serialisable", e);
        }
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record ChangeLogged(long sequence) {
    }
}
