package io.attache.query.service;

import io.attache.query.mapping.EventSummary;
import io.attache.query.mapping.EventView;
import io.attache.query.paging.Keyset;
import io.attache.query.paging.Page;
import io.attache.query.paging.SortKey;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {
    /** Most recent first; undated events last; ties by id. */
    static final Keyset BY_DATE = new Keyset("events:date", List.of(
            SortKey.desc("coalesce(e.date, date '0001-01-01')", SortKey.Type.DATE), SortKey.asc("e.id", SortKey.Type.TEXT)));

    @Inject
    StoreReader store;
    @Inject
    SourceQueries sources;

    public Page<EventSummary> list(ListFilter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        String inner = "select " + Summaries.EVENT_COLUMNS + ", " + BY_DATE.keyColumns() + " from event e"
                + where(filter, params);
        return BY_DATE.fetch(store, inner, params, cursor, limit).map(Summaries::event);
    }

    public long count(ListFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return store.rows("select count(*) as n from event e" + where(filter, params), params).get(0).count("n");
    }

    static String where(ListFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.q() != null) {
            for (int i = 0; i < f.q().tokens().size(); i++) {
                conditions.add("lower(coalesce(e.name, '') || ' ' || coalesce(e.city, '') || ' ' || e.kind) like :q_t" + i);
                params.put("q_t" + i, SearchTerms.contains(f.q().tokens().get(i)));
            }
        }
        if (f.country() != null) {
            conditions.add("exists (select 1 from event_party p where p.event_id = e.id and p.country = :country)");
            params.put("country", f.country());
        }
        if (f.kind() != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.from() != null) {
            // = "e.date >= :from", written on the sort key so that a page is read from the event_recent_idx index and
            // the scan stops at the bound
            conditions.add("e.date is not null and coalesce(e.date, date '0001-01-01') >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("e.date <= :to");
            params.put("to", f.to());
        }
        if (f.official() != null) {
            conditions.add("exists (select 1 from event_participant x where x.event_id = e.id and x.official_id = :official)");
            params.put("official", f.official());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Optional<EventView> find(String id) {
        Optional<Row> found = store.row("select " + Summaries.EVENT_COLUMNS + """
                , e.ordinal, e.created_at, e.updated_at from event e where e.id = :id""", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row e = found.get();
        List<EventView.Participant> participants = store.rows("""
                select o.id, o.name, cast(o.country as text) as country, x.role
                from event_participant x join official o on o.id = x.official_id where x.event_id = :id
                order by case x.role when 'host' then 0 when 'head_of_delegation' then 1 when 'signatory' then 2 else 3 end,
                    o.ascii_name, o.id""", id).stream()
                .map(r -> new EventView.Participant(r.str("id"), r.str("name"), r.str("country"), r.str("role"))).toList();
        List<String> topics = store.rows("select topic from event_topic where event_id = :id order by topic", id)
                .stream().map(r -> r.str("topic")).toList();
        EventSummary s = Summaries.event(e);
        return Optional.of(new EventView(s.id(), s.kind(), s.name(), e.integer("ordinal"), s.date(), s.datePrecision(),
                s.city(), s.hostCountry(), s.parties(), participants, topics,
                store.rows("select " + Summaries.AGREEMENT_COLUMNS + " from agreement a where a.event_id = :id"
                        + " order by a.date nulls last, a.kind, a.id", id).stream().map(Summaries::agreement).toList(),
                sources.sources("event", id,
                        "select article_id, cast(null as text) as status from event_source where event_id = :id"),
                sources.resolution("event", id), e.instant("created_at"), e.instant("updated_at")));
    }
}
