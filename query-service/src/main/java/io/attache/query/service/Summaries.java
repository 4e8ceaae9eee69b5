package io.attache.query.service;

import io.attache.query.mapping.AgreementSummary;
import io.attache.query.mapping.EventSummary;
import io.attache.query.mapping.OfficialRef;
import io.attache.query.mapping.OfficialSummary;
import io.attache.query.mapping.OrganizationSummary;
import io.attache.query.store.Row;
import java.util.Locale;

/**
 * The select lists and row mappers of the list-sized views, shared by items, collections, search and countries so an
 * event looks the same wherever it appears. Aliases: e = event, a = agreement, o = official, g = organization.
 */
final class Summaries {
    private Summaries() {
    }

    static final String EVENT_COLUMNS = """
            e.id, e.kind, e.name, e.date, e.date_precision, e.city, cast(e.host_country as text) as host_country,
            (select string_agg(cast(p.country as text), chr(31) order by p.country) from event_party p
             where p.event_id = e.id) as parties""";

    static final String AGREEMENT_COLUMNS = """
            a.id, a.kind, a.subject, a.date, a.date_precision, a.status, a.event_id,
            (select string_agg(cast(p.country as text), chr(31) order by p.country) from agreement_party p
             where p.agreement_id = a.id) as parties""";

    static final String OFFICIAL_COLUMNS = """
            o.id, o.name, cast(o.country as text) as country, o.rank,
            (select p.title from official_post p where p.official_id = o.id
             order by p.last_seen desc nulls last, p.first_seen desc nulls last, p.title limit 1) as title""";

    static final String ORGANIZATION_COLUMNS = "g.id, g.name, g.kind, cast(g.country as text) as country";

    static EventSummary event(Row r) {
        return new EventSummary(r.str("id"), r.str("kind"), r.str("name"), r.date("date"), precision(r),
                r.str("city"), r.str("host_country"), r.list("parties"));
    }

    static AgreementSummary agreement(Row r) {
        return new AgreementSummary(r.str("id"), r.str("kind"), r.str("subject"), r.list("parties"), r.date("date"),
                precision(r), r.str("status"), r.str("event_id"));
    }

    static OfficialSummary official(Row r) {
        return new OfficialSummary(r.str("id"), r.str("name"), r.str("country"), r.str("rank"), r.str("title"));
    }

    static OfficialRef officialRef(Row r) {
        return new OfficialRef(r.str("id"), r.str("name"), r.str("country"));
    }

    static OrganizationSummary organization(Row r) {
        return new OrganizationSummary(r.str("id"), r.str("name"), r.str("kind"), r.str("country"));
    }

    /** The store writes DAY/MONTH/YEAR; the API speaks lower case. */
    static String precision(Row r) {
        String p = r.str("date_precision");
        return p == null ? null : p.toLowerCase(Locale.ROOT);
    }
}
