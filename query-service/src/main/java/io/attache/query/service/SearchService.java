package io.attache.query.service;

import io.attache.query.mapping.SearchView;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One search box over every kind: each kind is matched with its collection's own q filter (so search and collections
 * agree), scored by trigram similarity of its label to the folded query, and the hits are merged best first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {
    private static final List<String> TYPE_ORDER = List.of("official", "organization", "event", "agreement");

    @Inject
    StoreReader store;

    public SearchView search(SearchTerms q, Set<String> types, int limitPerType) {
        List<SearchView.Hit> hits = new ArrayList<>();
        if (types.contains("official")) {
            hits.addAll(hits("official", """
                    select o.id, o.name as label, cast(o.country as text) as detail,
                        case when o.name_key = :q_key or o.ascii_name = :q_folded then 1.0 else
                            greatest(similarity(o.ascii_name, :q_folded), similarity(o.search_text, :q_folded)) end as score
                    from official o""", OfficialQueryService::where, "o.ascii_name, o.id", q, limitPerType));
        }
        if (types.contains("organization")) {
            hits.addAll(hits("organization", """
                    select g.id, g.name as label, concat_ws(', ', g.kind, cast(g.country as text)) as detail,
                        case when lower(g.name) = :q_folded then 1.0 else similarity(lower(g.name), :q_folded) end as score
                    from organization g""", OrganizationQueryService::where, "g.name, g.id", q, limitPerType));
        }
        if (types.contains("event")) {
            hits.addAll(hits("event", """
                    select e.id, coalesce(e.name, initcap(replace(e.kind, '_', ' ')) || coalesce(' in ' || e.city, ''))
                        as label, concat_ws(', ', e.kind, cast(e.date as text), e.city) as detail,
                        greatest(similarity(lower(coalesce(e.name, '')), :q_folded),
                                 similarity(lower(coalesce(e.city, '')), :q_folded)) as score
                    from event e""", EventQueryService::where, "e.date desc nulls last, e.id", q, limitPerType));
        }
        if (types.contains("agreement")) {
            hits.addAll(hits("agreement", """
                    select a.id, coalesce(a.subject, replace(a.kind, '_', ' ')) as label,
                        concat_ws(', ', a.kind, cast(a.date as text)) as detail,
                        similarity(lower(coalesce(a.subject, '')), :q_folded) as score
                    from agreement a""", AgreementQueryService::where, "a.date desc nulls last, a.id", q, limitPerType));
        }
        hits.sort(Comparator.comparingDouble(SearchView.Hit::score).reversed()
                .thenComparing(h -> TYPE_ORDER.indexOf(h.type())));
        return new SearchView(q.raw(), hits);
    }

    /** @param where the kind's collection filter, rendered into SQL with its parameters */
    private List<SearchView.Hit> hits(String type, String select,
            BiFunction<ListFilter, Map<String, Object>, String> where, String tieBreak, SearchTerms q, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = select + where.apply(new ListFilter(q, null, null, null, null, null, null, null), params)
                + " order by score desc, " + tieBreak + " limit " + limit;
        params.put("q_folded", q.folded());
        if (sql.contains(":q_key")) {
            params.put("q_key", q.nameKey());
        }
        List<SearchView.Hit> hits = new ArrayList<>();
        for (Row r : store.rows(sql, params)) {
            hits.add(new SearchView.Hit(type, r.str("id"), r.str("label"), r.str("detail"),
                    Math.round(r.decimal("score") * 1000) / 1000.0, "/api/v1/" + HREF.get(type) + "/" + r.str("id")));
        }
        return hits;
    }

    private static final Map<String, String> HREF = Map.of("official", "officials", "organization", "organizations",
            "event", "events", "agreement", "agreements");
}
