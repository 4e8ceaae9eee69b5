package io.attache.entity.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.attache.entity.resolution.Change;
import io.attache.entity.resolution.StoreSql;
import java.util.List;
import java.util.Map;

/** Appends to change_log inside the caller's transaction. */
@ApplicationScoped
public class ChangeLogRepository {
    /** Serialises writers between sequence assignment and commit, so sequence order is commit order, without gaps. */
    private static final long SEQUENCE_LOCK = 0x4174_7461_6368_65L;

    @Inject
    StoreSql sql;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<ChangeLogged> changeLogged;

    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String type, String entityId, Map<String, Object> payload) {
        return appendAll(List.of(new Change(type, entityId, payload)));
    }

    /**
     * Appends the changes in the given order, with consecutive sequence numbers, in two statements however many there
     * are. The sequence lock is held from here to the commit, so call this as late in the transaction as possible.
     *
     * @return the last sequence number written (0 when there was nothing to write)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appendAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        sql.single("select 1 from pg_advisory_xact_lock(?1)", SEQUENCE_LOCK);
        List<Object> seqs = sql.list("""
                insert into change_log (seq, type, entity_id, payload)
                select head.seq + c.n, c.type, c.entity_id, cast(c.payload as jsonb)
                from (select coalesce(max(seq), 0) as seq from change_log) as head,
                    unnest(?1, ?2, ?3) with ordinality as c(type, entity_id, payload, n)
                returning seq""",
                changes.stream().map(Change::type).toArray(String[]::new),
                changes.stream().map(Change::entityId).toArray(String[]::new),
                changes.stream().map(c -> toJson(c.payload())).toArray(String[]::new));
        long last = seqs.stream().mapToLong(seq -> ((Number) seq).longValue()).max().orElseThrow();
        changeLogged.fire(new ChangeLogged(last));
        return last;
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
