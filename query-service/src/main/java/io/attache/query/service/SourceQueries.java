package io.attache.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.query.mapping.EvidenceView;
import io.attache.query.mapping.ResolutionView;
import io.attache.query.mapping.SourceView;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evidence side of every item: the articles it was found in, the spans naming it, and its resolution record. */
@ApplicationScoped
public class SourceQueries {
    /** Sources listed per item: enough to read the record, bounded so a much-reported item stays one response. */
    static final int MAX_SOURCES = 200;

    @Inject
    StoreReader store;
    @Inject
    ObjectMapper json;

    /**
     * @param articlesSql selects {@code article_id} and {@code status} (text, may be null) of the item's articles,
     *                    with the item id as {@code :id}
     */
    public List<SourceView> sources(String entityType, String entityId, String articlesSql) {
        List<Row> articles = store.rows("""
                select a.id, a.url, a.title, a.publisher, a.published_at, s.status
                from (%s) s join article a on a.id = s.article_id
                order by a.published_at desc nulls last, a.id limit %d""".formatted(articlesSql, MAX_SOURCES), entityId);
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<String, List<EvidenceView>> evidence = new LinkedHashMap<>();
        // offsets are Java (UTF-16) indices, substring() counts code points: the same for all BMP text (every script
        // in this corpus); the sentence of a text with astral characters may be cut a little off
        for (Row m : store.rows("""
                select m.article_id, m.start_offset, m.end_offset, m.text,
                    case when m.sentence_start is not null and m.sentence_end > m.sentence_start
                         then substring(a.text from m.sentence_start + 1 for m.sentence_end - m.sentence_start)
                    end as sentence
                from mention m join article a on a.id = m.article_id
                where m.entity_type = :type and m.entity_id = :id and m.article_id in (:articles)
                order by m.article_id, m.start_offset, m.end_offset""",
                Map.of("type", entityType, "id", entityId, "articles", articles.stream().map(a -> a.str("id")).toList()))) {
            evidence.computeIfAbsent(m.str("article_id"), k -> new ArrayList<>()).add(new EvidenceView(m.str("text"),
                    m.integer("start_offset"), m.integer("end_offset"), m.str("sentence")));
        }
        return articles.stream().map(a -> new SourceView(a.str("id"), a.str("url"), a.str("title"), a.str("publisher"),
                a.date("published_at"), a.str("status"), evidence.getOrDefault(a.str("id"), List.of()))).toList();
    }

    public List<ResolutionView> resolution(String entityType, String entityId) {
        return store.rows("""
                select r.article_id, a.published_at, r.decision, r.score, cast(r.features as text) as features
                from resolution r join article a on a.id = r.article_id
                where r.entity_type = :type and r.entity_id = :id
                order by r.created_at, r.article_id""", Map.of("type", entityType, "id", entityId)).stream()
                .map(r -> new ResolutionView(r.str("article_id"), r.date("published_at"), r.str("decision"),
                        r.decimal("score"), features(r.str("features")))).toList();
    }

    private Map<String, Object> features(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", text);
        }
    }
}
