package io.attache.entity.service;

import io.attache.contracts.EventTypes;
import io.attache.entity.article.Article;
import io.attache.entity.changelog.ChangeLogRepository;
import io.attache.entity.resolution.StoreSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Re-runs every stored article through the current engine (after an engine change). The derived store is rebuilt
 * in one transaction, in a canonical article order (publication date, arrival, id), so the identities it yields do
 * not depend on the order articles once arrived in; readers keep seeing the old state until it commits. A fingerprint
 * of every entity before and after decides which change events to emit: only for what actually changed.
 */
@ApplicationScoped
public class ReprocessService {
    private static final Logger LOG = Logger.getLogger(ReprocessService.class);

    /** Derived tables, children first. Articles themselves are input and stay. */
    private static final List<String> DERIVED = List.of("mention", "resolution", "article_official", "article_country",
            "event_source", "event_topic", "event_participant", "event_party", "agreement_source", "agreement_signatory",
            "agreement_organization", "agreement_party", "agreement", "event", "official_post", "official_alias",
            "official", "organization_alias", "organization");

    /** Per entity kind: a fingerprint of everything the store holds about each entity. */
    private static final Map<String, String> FINGERPRINTS = Map.of(
            "official", """
                    select o.id, md5(concat_ws('|', o.name, o.country, o.rank,
                      (select string_agg(a.alias || ':' || a.times_seen, ',' order by a.alias) from official_alias a where a.official_id = o.id),
                      (select string_agg(p.title || ':' || p.printed || ':' || coalesce(p.first_seen::text, '') || ':' || coalesce(p.last_seen::text, ''), ',' order by p.title, p.printed)
                         from official_post p where p.official_id = o.id))) from official o""",
            "event", """
                    select e.id, md5(concat_ws('|', e.kind, e.name, e.ordinal::text, e.date::text, e.city, e.host_country, e.parties_key,
                      (select string_agg(p.official_id || ':' || p.role, ',' order by p.official_id) from event_participant p where p.event_id = e.id),
                      (select string_agg(t.topic, ',' order by t.topic) from event_topic t where t.event_id = e.id),
                      (select string_agg(s.article_id, ',' order by s.article_id) from event_source s where s.event_id = e.id))) from event e""",
            "agreement", """
                    select g.id, md5(concat_ws('|', g.kind, g.subject, g.parties_key, g.date::text, g.status, g.event_id,
                      (select string_agg(s.official_id, ',' order by s.official_id) from agreement_signatory s where s.agreement_id = g.id),
                      (select string_agg(o.organization, ',' order by o.organization) from agreement_organization o where o.agreement_id = g.id),
                      (select string_agg(s.article_id || ':' || s.status, ',' order by s.article_id) from agreement_source s where s.agreement_id = g.id)))
                    from agreement g""");

    public record Progress(String state, int total, int done, Map<String, Integer> changes, String error,
            Instant startedAt, Instant finishedAt) {
    }

    @Inject
    EntityManager em;
    @Inject
    StoreSql sql;
    @Inject
    ArticleProcessingService processing;
    @Inject
    RebuildGuard guard;
    @Inject
    ChangeLogRepository changeLog;

    private final AtomicReference<Progress> progress = new AtomicReference<>(
            new Progress("idle", 0, 0, Map.of(), null, null, null));

    public Progress progress() {
        return progress.get();
    }

    /** Starts a reprocess in the background unless one runs; returns its progress. */
    public synchronized Progress start() {
        if ("running".equals(progress.get().state())) {
            return progress.get();
        }
        Instant started = Instant.now();
        progress.set(new Progress("running", 0, 0, Map.of(), null, started, null));
        Thread worker = new Thread(() -> {
            try {
                Map<String, Integer> changes = QuarkusTransaction.requiringNew().timeout(3600).call(() -> rebuild(started));
                Progress p = progress.get();
                progress.set(new Progress("finished", p.total(), p.done(), changes, null, started, Instant.now()));
            } catch (RuntimeException e) {
                LOG.error("reprocess failed; the store is unchanged", e);
                Progress p = progress.get();
                progress.set(new Progress("failed", p.total(), p.done(), Map.of(), e.toString(), started, Instant.now()));
            }
        }, "reprocess");
        worker.start();
        return progress.get();
    }

    private Map<String, Integer> rebuild(Instant started) {
        guard.enterRebuild();
        Map<String, String> before = fingerprints();
        for (String table : DERIVED) {
            sql.execute("delete from " + table);
        }
        List<String> ids = sql.list("""
                select id from article where status in ('processed', 'failed')
                order by published_at nulls last, received_at, id""");
        for (int i = 0; i < ids.size(); i++) {
            Article article = em.find(Article.class, ids.get(i));
            processing.extractAndResolve(article, null);
            if (i % 50 == 0 || i == ids.size() - 1) {
                em.flush();
                em.clear(); // keep the persistence context small on big stores
                progress.set(new Progress("running", ids.size(), i + 1, Map.of(), null, started, null));
            }
        }
        sql.flush(); // the rows still queued are part of what is compared
        return emitDifferences(before, fingerprints());
    }

    private Map<String, String> fingerprints() {
        Map<String, String> all = new HashMap<>();
        FINGERPRINTS.forEach((kind, query) -> {
            for (Object[] row : sql.<Object[]>list(query)) {
                all.put(kind + "/" + row[0], (String) row[1]);
            }
        });
        return all;
    }

    private Map<String, Integer> emitDifferences(Map<String, String> before, Map<String, String> after) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> sorted = new TreeMap<>(after);
        sorted.forEach((key, hash) -> {
            String previous = before.get(key);
            if (previous == null) {
                emit(key, ".created", counts);
            } else if (!previous.equals(hash)) {
                emit(key, ".updated", counts);
            }
        });
        new TreeMap<>(before).keySet().stream().filter(key -> !after.containsKey(key))
                .forEach(key -> emit(key, ".removed", counts));
        return counts;
    }

    private void emit(String key, String suffix, Map<String, Integer> counts) {
        String kind = key.substring(0, key.indexOf('/'));
        String id = key.substring(key.indexOf('/') + 1);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reprocessed", true);
        changeLog.append(kind + suffix, id, payload);
        counts.merge(kind + suffix, 1, Integer::sum);
    }

}
