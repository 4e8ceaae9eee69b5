package io.attache.entity.resolution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Native statements of the resolvers: upserts need ON CONFLICT, which is SQL, not JPQL. */
@ApplicationScoped
public class StoreSql {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /** Runs an insert/update; returns the number of rows it touched. */
    public int execute(String sql, Object... params) {
        return bind(em.createNativeQuery(sql), params).executeUpdate();
    }

    /** Runs a statement with RETURNING or a SELECT, one row expected (or none: null). */
    public Object single(String sql, Object... params) {
        List<?> rows = bind(em.createNativeQuery(sql), params).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String sql, Object... params) {
        return bind(em.createNativeQuery(sql), params).getResultList();
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A date column from a native query: drivers and Hibernate versions differ in the type they hand back. */
    public static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    /** Serialises concurrent resolutions of the same block (name key, party set) until this transaction ends. */
    public void lock(String blockingKey) {
        single("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 7))", blockingKey);
    }

    private static Query bind(Query query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            query.setParameter(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
        return query;
    }
}
