package io.attache.query.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Native, read-only SQL over the store. The item and collection views join many of entity-service's tables; plain SQL
 * keeps each view one readable query instead of a web of mapped associations that would all be validated against a
 * schema this service does not own. Columns of type char(n) and jsonb must be cast to text in the query.
 */
@ApplicationScoped
public class StoreReader {
    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Row> rows(String sql, Map<String, ?> params) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        params.forEach(query::setParameter);
        return ((List<Tuple>) query.getResultList()).stream().map(Row::new).toList();
    }

    public List<Row> rows(String sql, String id) {
        return rows(sql, Map.of("id", id));
    }

    public Optional<Row> row(String sql, Map<String, ?> params) {
        List<Row> rows = rows(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public Optional<Row> row(String sql, String id) {
        return row(sql, Map.of("id", id));
    }
}
