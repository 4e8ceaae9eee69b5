package io.attache.query.service;

import io.attache.query.mapping.OfficialSummary;
import io.attache.query.mapping.OfficialView;
import io.attache.query.paging.Keyset;
import io.attache.query.paging.Page;
import io.attache.query.paging.SortKey;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficialQueryService {
    /** Without q: by folded name, then id. */
    private static final Keyset BY_NAME = new Keyset("officials:name", List.of(
            SortKey.asc("o.ascii_name", SortKey.Type.TEXT), SortKey.asc("o.id", SortKey.Type.TEXT)));
    /** With q: exact full-name matches first (in any name order), then by trigram similarity, then by name. */
    private static final Keyset RANKED = new Keyset("officials:ranked", List.of(
            SortKey.desc("case when o.name_key = :q_key or o.ascii_name = :q_folded then 1 else 0 end",
                    SortKey.Type.NUMBER),
            SortKey.desc("round(cast(greatest(similarity(o.ascii_name, :q_folded), similarity(o.search_text, :q_folded))"
                    + " as numeric), 4)", SortKey.Type.NUMBER),
            SortKey.asc("o.ascii_name", SortKey.Type.TEXT), SortKey.asc("o.id", SortKey.Type.TEXT)));

    @Inject
    StoreReader store;
    @Inject
    SourceQueries sources;

    public Page<OfficialSummary> list(ListFilter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Keyset keyset = filter.q() == null ? BY_NAME : RANKED;
        if (filter.q() != null) {
            params.put("q_key", filter.q().nameKey());
            params.put("q_folded", filter.q().folded());
        }
        String inner = "select " + Summaries.OFFICIAL_COLUMNS + ", " + keyset.keyColumns() + " from official o" + where;
        return keyset.fetch(store, inner, params, cursor, limit).map(Summaries::official);
    }

    public long count(ListFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return store.rows("select count(*) as n from official o" + where(filter, params), params).get(0).count("n");
    }

    static String where(ListFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.q() != null) {
            // every token must start a word of some name of the official: order-, case-, diacritic-insensitive.
            // search_text holds every folded spelling (name_key's tokens among them), and its trigram index serves ~
            for (int i = 0; i < f.q().tokens().size(); i++) {
                conditions.add("o.search_text ~ :q_t" + i);
                params.put("q_t" + i, SearchTerms.wordPrefix(f.q().tokens().get(i)));
            }
        }
        if (f.country() != null) {
            conditions.add("o.country = :country");
            params.put("country", f.country());
        }
        if (f.organization() != null) {
            conditions.add("""
                    exists (select 1 from official_post p join organization g on g.id = :organization
                        where p.official_id = o.id and (o.country is null or g.country is null or o.country = g.country)
                          and (p.organization = g.name or p.organization in
                               (select x.alias from organization_alias x where x.organization_id = g.id)))""");
            params.put("organization", f.organization());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Optional<OfficialView> find(String id) {
        Optional<Row> found = store.row("""
                select id, name, ascii_name, cast(country as text) as country, rank, created_at, updated_at
                from official where id = :id""", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row o = found.get();
        List<OfficialView.Alias> aliases = store.rows("""
                select alias, times_seen, first_seen, last_seen from official_alias where official_id = :id
                order by times_seen desc, alias""", id).stream()
                .map(r -> new OfficialView.Alias(r.str("alias"), r.integer("times_seen"), r.date("first_seen"),
                        r.date("last_seen"))).toList();
        return Optional.of(new OfficialView(o.str("id"), o.str("name"), o.str("ascii_name"), o.str("country"),
                o.str("rank"), aliases, posts(id), events(id), agreements(id),
                sources.sources("official", id, """
                        select article_id, cast(null as text) as status from article_official where official_id = :id
                        union select article_id, null from mention where entity_type = 'official' and entity_id = :id"""),
                sources.resolution("official", id), o.instant("created_at"), o.instant("updated_at")));
    }

    /** One post per canonical title, with every printed wording; most recently seen first. */
    private List<OfficialView.Post> posts(String id) {
        Map<String, List<Row>> byTitle = new LinkedHashMap<>();
        for (Row r : store.rows("""
                select title, printed, organization, first_seen, last_seen from official_post where official_id = :id
                order by max(last_seen) over (partition by title) desc nulls last, title, last_seen desc nulls last,
                    printed""", id)) {
            byTitle.computeIfAbsent(r.str("title"), k -> new ArrayList<>()).add(r);
        }
        List<OfficialView.Post> posts = new ArrayList<>();
        byTitle.forEach((title, rows) -> posts.add(new OfficialView.Post(title,
                rows.stream().map(r -> r.str("printed")).distinct().toList(),
                rows.stream().map(r -> r.str("organization")).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                rows.stream().map(r -> r.date("first_seen")).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                        .orElse(null),
                rows.stream().map(r -> r.date("last_seen")).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                        .orElse(null))));
        return posts;
    }

    private List<OfficialView.EventRole> events(String id) {
        return store.rows("select " + Summaries.EVENT_COLUMNS + """
                , ep.role from event_participant ep join event e on e.id = ep.event_id where ep.official_id = :id
                order by e.date desc nulls last, e.id""", id).stream()
                .map(r -> new OfficialView.EventRole(r.str("id"), r.str("kind"), r.str("name"), r.date("date"),
                        r.str("city"), r.str("host_country"), r.list("parties"), r.str("role"))).toList();
    }

    private List<io.attache.query.mapping.AgreementSummary> agreements(String id) {
        return store.rows("select " + Summaries.AGREEMENT_COLUMNS + """
                 from agreement_signatory s join agreement a on a.id = s.agreement_id where s.official_id = :id
                order by a.date desc nulls last, a.id""", id).stream().map(Summaries::agreement).toList();
    }
}
