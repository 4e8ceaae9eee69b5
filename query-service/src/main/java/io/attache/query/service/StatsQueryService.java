package io.attache.query.service;

import io.attache.query.mapping.StatsView.KindCount;
import io.attache.query.mapping.StatsView.KindStats;
import io.attache.query.mapping.StatsView.MonthCount;
import io.attache.query.mapping.StatsView.MonthStats;
import io.attache.query.mapping.StatsView.OfficialCount;
import io.attache.query.mapping.StatsView.OfficialStats;
import io.attache.query.mapping.StatsView.PairCount;
import io.attache.query.mapping.StatsView.PairStats;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates for dashboards, one native query each. Pairs come from event_party/agreement_party (not parties_key),
 * so a multilateral event counts once for every pair of its parties.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsQueryService {
    @Inject
    StoreReader store;

    /**
     * Validated filters. {@code kind} is an event kind or an agreement kind (the vocabularies are disjoint): it keeps
     * the items of that kind, so the other side counts nothing.
     */
    public record Filter(LocalDate from, LocalDate to, String kind, String country) {
        boolean eventKind() {
            return kind != null && Vocabulary.EVENT_KINDS.contains(kind);
        }

        boolean agreementKind() {
            return kind != null && Vocabulary.AGREEMENT_KINDS.contains(kind);
        }
    }

    public PairStats pairs(Filter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        String countryOnPair = f.country() == null ? "" : " and :country in (cast(a.country as text), cast(b.country as text))";
        if (f.country() != null) {
            params.put("country", f.country());
        }
        params.put("limit", limit);
        String sql = """
                select pair, sum(ev) as events, sum(ag) as agreements, sum(ev) + sum(ag) as total from (
                  select cast(a.country as text) || '-' || cast(b.country as text) as pair, 1 as ev, 0 as ag
                  from event e join event_party a on a.event_id = e.id
                  join event_party b on b.event_id = e.id and a.country < b.country
                  where %s%s
                  union all
                  select cast(a.country as text) || '-' || cast(b.country as text), 0, 1
                  from agreement g join agreement_party a on a.agreement_id = g.id
                  join agreement_party b on b.agreement_id = g.id and a.country < b.country
                  where %s%s) x
                group by pair
                order by sum(ev) + sum(ag) desc, pair collate "C"
                limit :limit""".formatted(eventWhere(f, params, false), countryOnPair,
                agreementWhere(f, params, false), countryOnPair);
        return new PairStats(store.rows(sql, params).stream().map(r -> new PairCount(r.str("pair"),
                List.of(r.str("pair").split("-")), r.count("events"), r.count("agreements"), r.count("total"))).toList());
    }

    public KindStats kinds(Filter f) {
        Map<String, Object> eventParams = new HashMap<>();
        Map<String, Object> agreementParams = new HashMap<>();
        String events = "select e.kind, count(*) as n from event e where " + eventWhere(f, eventParams, true)
                + " group by e.kind order by count(*) desc, e.kind collate \"C\"";
        String agreements = "select g.kind, count(*) as n from agreement g where " + agreementWhere(f, agreementParams, true)
                + " group by g.kind order by count(*) desc, g.kind collate \"C\"";
        return new KindStats(kindCounts(store.rows(events, eventParams)),
                kindCounts(store.rows(agreements, agreementParams)));
    }

    private static List<KindCount> kindCounts(List<Row> rows) {
        return rows.stream().map(r -> new KindCount(r.str("kind"), r.count("n"))).toList();
    }

    /** Items dated to the year only are left out: their month is unknown. */
    public MonthStats months(Filter f) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select month, sum(ev) as events, sum(ag) as agreements, sum(ev) + sum(ag) as total from (
                  select to_char(e.date, 'YYYY-MM') as month, 1 as ev, 0 as ag from event e
                  where e.date is not null and coalesce(e.date_precision, 'DAY') <> 'YEAR' and %s
                  union all
                  select to_char(g.date, 'YYYY-MM'), 0, 1 from agreement g
                  where g.date is not null and coalesce(g.date_precision, 'DAY') <> 'YEAR' and %s) x
                group by month order by month""".formatted(eventWhere(f, params, true), agreementWhere(f, params, true));
        return new MonthStats(store.rows(sql, params).stream().map(r -> new MonthCount(r.str("month"),
                r.count("events"), r.count("agreements"), r.count("total"))).toList());
    }

    /**
     * Most active officials. Here {@code kind} is an event kind: events of that kind, and agreements signed at an
     * event of that kind; {@code country} is the official's country; dates are the event's and the agreement's.
     */
    public OfficialStats officials(Filter f, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        String eventKind = "";
        String agreementKind = "";
        if (f.kind() != null) {
            params.put("kind", f.kind());
            eventKind = " and e.kind = :kind";
            agreementKind = " and exists (select 1 from event k where k.id = g.event_id and k.kind = :kind)";
        }
        String official = "";
        if (f.country() != null) {
            params.put("country", f.country());
            official = " where o.country = :country";
        }
        String sql = """
                select o.id, o.name, cast(o.country as text) as country, sum(i.ev) as events, sum(i.ag) as agreements,
                    sum(i.ev) + sum(i.ag) as total
                from (select x.official_id, 1 as ev, 0 as ag from event_participant x join event e on e.id = x.event_id
                      where true%s%s
                      union all
                      select s.official_id, 0, 1 from agreement_signatory s join agreement g on g.id = s.agreement_id
                      where true%s%s) i
                join official o on o.id = i.official_id%s
                group by o.id, o.name, o.country, o.ascii_name
                order by sum(i.ev) + sum(i.ag) desc, o.ascii_name collate "C", o.id collate "C"
                limit :limit""".formatted(dates("e", f, params), eventKind, dates("g", f, params), agreementKind, official);
        return new OfficialStats(store.rows(sql, params).stream().map(r -> new OfficialCount(r.str("id"), r.str("name"),
                r.str("country"), r.count("events"), r.count("agreements"), r.count("total"))).toList());
    }

    /** Conditions on {@code event e}; the country condition only when {@code withCountry} (pairs filter the pair). */
    private static String eventWhere(Filter f, Map<String, Object> params, boolean withCountry) {
        if (f.agreementKind()) {
            return "false"; // no parameter bound here: a native query rejects unused ones
        }
        String sql = "true" + dates("e", f, params);
        if (f.eventKind()) {
            params.put("kind", f.kind());
            sql += " and e.kind = :kind";
        }
        if (withCountry && f.country() != null) {
            params.put("country", f.country());
            sql += " and exists (select 1 from event_party p where p.event_id = e.id and p.country = :country)";
        }
        return sql;
    }

    private static String agreementWhere(Filter f, Map<String, Object> params, boolean withCountry) {
        if (f.eventKind()) {
            return "false";
        }
        String sql = "true" + dates("g", f, params);
        if (f.agreementKind()) {
            params.put("kind", f.kind());
            sql += " and g.kind = :kind";
        }
        if (withCountry && f.country() != null) {
            params.put("country", f.country());
            sql += " and exists (select 1 from agreement_party p where p.agreement_id = g.id and p.country = :country)";
        }
        return sql;
    }

    private static String dates(String alias, Filter f, Map<String, Object> params) {
        String sql = "";
        if (f.from() != null) {
            sql += " and " + alias + ".date >= :from";
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql += " and " + alias + ".date <= :to";
            params.put("to", f.to());
        }
        return sql;
    }
}
