package io.attache.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.query.article.ArticleRecord;
import io.attache.query.mapping.ArticleView;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {
    @Inject
    StoreReader store;
    @Inject
    ObjectMapper json;

    public Optional<ArticleView> find(String id) {
        return ArticleRecord.<ArticleRecord>findByIdOptional(id).map(a -> new ArticleView(a.id, a.url, a.title,
                a.publisher, a.publishedAt, a.language, a.status, a.failureReason, a.receivedAt, a.processedAt, a.text,
                officials(id), events(id), agreements(id)));
    }

    /** In order of first mention in the text. */
    private List<ArticleView.OfficialRef> officials(String articleId) {
        Map<String, List<ArticleView.MentionRef>> mentions = new HashMap<>();
        for (Row m : store.rows("""
                select entity_id, text, start_offset, end_offset from mention
                where article_id = :id and entity_type = 'official' order by start_offset, end_offset""", articleId)) {
            mentions.computeIfAbsent(m.str("entity_id"), k -> new ArrayList<>())
                    .add(new ArticleView.MentionRef(m.str("text"), m.integer("start_offset"), m.integer("end_offset")));
        }
        return store.rows("""
                select o.id, o.name, cast(o.country as text) as country, coalesce(ao.rank, o.rank) as rank,
                    ao.printed_name, cast(ao.titles as text) as titles, ao.role,
                    (select min(m.start_offset) from mention m where m.article_id = ao.article_id
                     and m.entity_type = 'official' and m.entity_id = o.id) as first_at
                from article_official ao join official o on o.id = ao.official_id where ao.article_id = :id
                order by first_at nulls last, o.ascii_name, o.id""", articleId).stream().map(r -> {
                    List<Map<String, Object>> titles = titles(r.str("titles"));
                    return new ArticleView.OfficialRef(r.str("id"), r.str("name"), r.str("country"),
                            distinct(titles, "canonical"), r.str("rank"), mentions.getOrDefault(r.str("id"), List.of()),
                            r.str("printed_name"), distinct(titles, "printed"), r.str("role"));
                }).toList();
    }

    /** The article's main event first, then by date. */
    private List<ArticleView.EventRef> events(String articleId) {
        return store.rows("select " + Summaries.EVENT_COLUMNS + """
                , s.main from event_source s join event e on e.id = s.event_id where s.article_id = :id
                order by s.main desc, e.date nulls last, e.id""", articleId).stream().map(r -> {
                    var e = Summaries.event(r);
                    return new ArticleView.EventRef(e.id(), e.kind(), e.date(), e.city(), e.hostCountry(), e.parties(),
                            e.name(), e.datePrecision(), Boolean.TRUE.equals(r.raw("main")));
                }).toList();
    }

    /** With the status this article gave, not the strongest one seen anywhere. */
    private List<ArticleView.AgreementRef> agreements(String articleId) {
        return store.rows("select " + Summaries.AGREEMENT_COLUMNS + """
                , s.status as said_status from agreement_source s join agreement a on a.id = s.agreement_id
                where s.article_id = :id order by a.date nulls last, a.kind, a.id""", articleId).stream()
                .map(r -> new ArticleView.AgreementRef(r.str("id"), r.str("kind"), r.str("subject"), r.list("parties"),
                        r.date("date"), r.str("said_status"))).toList();
    }

    private List<Map<String, Object>> titles(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static List<String> distinct(List<Map<String, Object>> titles, String field) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        titles.stream().map(t -> t.get(field)).filter(Objects::nonNull).map(Object::toString).forEach(values::add);
        return List.copyOf(values);
    }
}
