package io.attache.query.service;

import io.attache.query.mapping.AgreementSummary;
import io.attache.query.mapping.CountryView;
import io.attache.query.mapping.EventSummary;
import io.attache.query.mapping.Pages;
import io.attache.query.mapping.RelationView;
import io.attache.query.paging.Page;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Views over countries: one country's record, and the bilateral record of two. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryQueryService {
    static final int FIRST_PAGE = 20;

    @Inject
    StoreReader store;
    @Inject
    OfficialQueryService officials;
    @Inject
    EventQueryService events;
    @Inject
    AgreementQueryService agreements;

    public CountryView country(String code) {
        ListFilter filter = ListFilter.country(code);
        Page<io.attache.query.mapping.OfficialSummary> o = officials.list(filter, null, FIRST_PAGE);
        Page<EventSummary> e = events.list(filter, null, FIRST_PAGE);
        Page<AgreementSummary> a = agreements.list(filter, null, FIRST_PAGE);
        return new CountryView(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH),
                officials.count(filter), events.count(filter), agreements.count(filter),
                new Pages.OfficialPage(o.items(), next("officials", code, o.nextCursor())),
                new Pages.EventPage(e.items(), next("events", code, e.nextCursor())),
                new Pages.AgreementPage(a.items(), next("agreements", code, a.nextCursor())));
    }

    /** The continuation lives in the collection, filtered by the country. */
    private static String next(String collection, String code, String cursor) {
        return cursor == null ? null
                : "/api/v1/" + collection + "?country=" + code + "&limit=" + FIRST_PAGE + "&cursor=" + cursor;
    }

    public RelationView relation(String a, String b, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>(Map.of("a", a, "b", b));
        String bilateralEvents = """
                select e.id from event e
                where exists (select 1 from event_party p where p.event_id = e.id and p.country = :a)
                  and exists (select 1 from event_party p where p.event_id = e.id and p.country = :b)"""
                + dates("e", from, to, params);
        String bilateralAgreements = """
                select a.id from agreement a
                where exists (select 1 from agreement_party p where p.agreement_id = a.id and p.country = :a)
                  and exists (select 1 from agreement_party p where p.agreement_id = a.id and p.country = :b)"""
                + dates("a", from, to, params);
        List<EventSummary> events = store.rows("select " + Summaries.EVENT_COLUMNS + " from event e where e.id in ("
                + bilateralEvents + ") order by e.date nulls last, e.id", params).stream().map(Summaries::event).toList();
        List<AgreementSummary> agreements = store.rows("select " + Summaries.AGREEMENT_COLUMNS
                + " from agreement a where a.id in (" + bilateralAgreements + ") order by a.date nulls last, a.id", params)
                .stream().map(Summaries::agreement).toList();
        List<RelationView.Involved> involved = store.rows("""
                select o.id, o.name, cast(o.country as text) as country,
                    count(distinct i.event_id) as events, count(distinct i.agreement_id) as agreements
                from (select x.official_id, x.event_id, cast(null as varchar) as agreement_id
                      from event_participant x where x.event_id in (%s)
                      union all
                      select s.official_id, null, s.agreement_id from agreement_signatory s
                      where s.agreement_id in (%s)) i
                join official o on o.id = i.official_id
                group by o.id, o.name, o.country, o.ascii_name
                order by count(distinct i.event_id) + count(distinct i.agreement_id) desc, o.ascii_name, o.id"""
                .formatted(bilateralEvents, bilateralAgreements), params).stream()
                .map(r -> new RelationView.Involved(r.str("id"), r.str("name"), r.str("country"), r.count("events"),
                        r.count("agreements"))).toList();
        List<LocalDate> dates = Stream.concat(events.stream().map(EventSummary::date),
                agreements.stream().map(AgreementSummary::date)).filter(Objects::nonNull).sorted().toList();
        return new RelationView(Stream.of(a, b).sorted().toList(), dates.isEmpty() ? null : dates.get(0),
                dates.isEmpty() ? null : dates.get(dates.size() - 1), events, agreements, involved);
    }

    private static String dates(String alias, LocalDate from, LocalDate to, Map<String, Object> params) {
        String sql = "";
        if (from != null) {
            sql += " and " + alias + ".date >= :from";
            params.put("from", from);
        }
        if (to != null) {
            sql += " and " + alias + ".date <= :to";
            params.put("to", to);
        }
        return sql;
    }
}
