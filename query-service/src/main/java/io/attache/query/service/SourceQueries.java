package io.attache.query.service;

import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The evidence side of every item: the articles it was found in, the spans naming it, and its resolution record.
 *
 * <p>These are the long lists of an item (hundreds of entries for a much-reported official), so PostgreSQL renders
 * each as a JSON array in one statement and the views pass it through unchanged ({@code @JsonRawValue}): no row
 * objects, no per-article evidence query, no parsing and re-serialising of the stored features. The field names and
 * shapes are those of {@link io.attache.query.mapping.SourceView}, {@link io.attache.query.mapping.EvidenceView} and
 * {@link io.attache.query.mapping.ResolutionView}, which document them in the API.
 */
@ApplicationScoped
public class SourceQueries {
    /** Sources listed per item: enough to read the record, bounded so a much-reported item stays one response. */
    static final int MAX_SOURCES = 200;

    @Inject
    StoreReader store;

    /**
     * @param articlesSql selects {@code article_id} and {@code status} (text, may be null) of the item's articles,
     *                    with the item id as {@code :id}
     * @return a JSON array of sources, most recent first, each with its evidence spans in text order
     */
    public String sources(String entityType, String entityId, String articlesSql) {
        // offsets are Java (UTF-16) indices, substring() counts code points: the same for all BMP text (every script
        // in this corpus); the sentence of a text with astral characters may be cut a little off.
        // status is left out when null (agreements only), as SourceView declares
        return store.row("""
                with src as (
                    select a.id, a.url, a.title, a.publisher, a.published_at, s.status
                    from (%s) s join article a on a.id = s.article_id
                    order by a.published_at desc nulls last, a.id limit %d),
                evidence as (
                    select m.article_id, json_agg(json_build_object('text', m.text, 'start', m.start_offset,
                        'end', m.end_offset, 'sentence',
                        case when m.sentence_start is not null and m.sentence_end > m.sentence_start
                             then substring(a.text from m.sentence_start + 1 for m.sentence_end - m.sentence_start)
                        end) order by m.start_offset, m.end_offset) as spans
                    from mention m join src on src.id = m.article_id join article a on a.id = m.article_id
                    where m.entity_type = :type and m.entity_id = :id
                    group by m.article_id)
                select cast(coalesce(json_agg(case when src.status is null
                        then json_build_object('articleId', src.id, 'url', src.url, 'title', src.title,
                            'publisher', src.publisher, 'publishedAt', src.published_at,
                            'evidence', coalesce(e.spans, '[]'))
                        else json_build_object('articleId', src.id, 'url', src.url, 'title', src.title,
                            'publisher', src.publisher, 'publishedAt', src.published_at, 'status', src.status,
                            'evidence', coalesce(e.spans, '[]')) end
                    order by src.published_at desc nulls last, src.id), '[]') as text) as sources
                from src left join evidence e on e.article_id = src.id""".formatted(articlesSql, MAX_SOURCES),
                Map.of("type", entityType, "id", entityId)).orElseThrow().str("sources");
    }

    /** @return a JSON array: per article, the decision taken, its score and the features it rests on, oldest first */
    public String resolution(String entityType, String entityId) {
        return store.row("""
                select cast(coalesce(json_agg(json_build_object('articleId', r.article_id, 'publishedAt', a.published_at,
                        'decision', r.decision, 'score', cast(r.score as float8), 'features', r.features)
                    order by r.created_at, r.article_id), '[]') as text) as resolution
                from resolution r join article a on a.id = r.article_id
                where r.entity_type = :type and r.entity_id = :id""", Map.of("type", entityType, "id", entityId))
                .orElseThrow().str("resolution");
    }
}
