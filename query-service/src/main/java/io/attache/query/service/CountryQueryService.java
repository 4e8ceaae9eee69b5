package io.attache.query.service;

import io.attache.query.mapping.AgreementSummary;
import io.attache.query.mapping.CountryView;
import io.attache.query.mapping.EventSummary;
import io.attache.query.mapping.Pages;
import io.attache.query.mapping.RelationView;
import io.attache.query.paging.Page;
import io.attache.query.store.Row;
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

    /**
     * Three statements: the bilateral events (the party rows of one country joined with those of the other, both read
     * from the (country, event_id) index), the bilateral agreements likewise, and the officials involved, found from
     * the ids the first two returned instead of recomputing both sets (twice) inside the third.
     */
    public RelationView relation(String a, String b, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>(Map.of("a", a, "b", b));
        String bilateralEvents = """
                select x.event_id from event_party x join event_party y on y.event_id = x.event_id
                where x.country = :a and y.country = :b""";
        String bilateralAgreements = """
                select x.agreement_id from agreement_party x join agreement_party y on y.agreement_id = x.agreement_id
                where x.country = :a and y.country = :b""";
        List<EventSummary> events = store.rows("select " + Summaries.EVENT_COLUMNS + " from event e where e.id in ("
                + bilateralEvents + ")" + dates("e", from, to, params) + " order by e.date nulls last, e.id", params)
                .stream().map(Summaries::event).toList();
        List<AgreementSummary> agreements = store.rows("select " + Summaries.AGREEMENT_COLUMNS
                + " from agreement a where a.id in (" + bilateralAgreements + ")" + dates("a", from, to, params)
                + " order by a.date nulls last, a.id", params).stream().map(Summaries::agreement).toList();
        List<RelationView.Involved> involved = events.isEmpty() && agreements.isEmpty() ? List.of() : store.rows("""
                select o.id, o.name, cast(o.country as text) as country, i.events, i.agreements
                from (select u.official_id, count(distinct u.event_id) as events,
                          count(distinct u.agreement_id) as agreements
                      from (select x.official_id, x.event_id, cast(null as varchar) as agreement_id
                            from event_participant x where x.event_id = any(string_to_array(:events, chr(31)))
                            union all
                            select s.official_id, null, s.agreement_id from agreement_signatory s
                            where s.agreement_id = any(string_to_array(:agreements, chr(31)))) u
                      group by u.official_id) i
                join official o on o.id = i.official_id
                order by i.events + i.agreements desc, o.ascii_name, o.id""",
                Map.of("events", String.join(Row.LIST_SEPARATOR, events.stream().map(EventSummary::id).toList()),
                        "agreements", String.join(Row.LIST_SEPARATOR,
                                agreements.stream().map(AgreementSummary::id).toList())))
                .stream().map(r -> new RelationView.Involved(r.str("id"), r.str("name"), r.str("country"),
                        r.count("events"), r.count("agreements"))).toList();
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
