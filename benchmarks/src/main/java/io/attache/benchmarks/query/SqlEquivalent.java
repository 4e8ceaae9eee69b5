package io.attache.benchmarks.query;

import io.attache.extraction.text.Fold;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What query-service executes for each measured endpoint, statement for statement, as plain JDBC: the same SQL text
 * (its StoreReader turns each {@code :name} into a {@code ?}, in order of appearance), the same parameter values and
 * types (strings as varchar, dates as date), every column of every row read (the JSON arrays the store renders for an
 * item's sources and resolution read as text, as query-service passes them through). The sources are
 * {@code OfficialQueryService}, {@code EventQueryService}, {@code CountryQueryService}, {@code SourceQueries},
 * {@code Summaries} and {@code Keyset} in query-service; {@link QueryBench} checks before measuring that both return
 * the same ids for a sample of requests, so a change there that is not mirrored here is noticed.
 */
final class SqlEquivalent {
    private SqlEquivalent() {
    }

    // ------------------------------------------------------------------------------- Summaries (query-service)

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

    static final int PAGE = 20;

    // ------------------------------------------------------------------------------- SearchTerms (query-service)

    /** SearchTerms.wordPrefix: a token at the start of the text or after a space or ASCII punctuation. */
    static final String WORD_START = "(^|[][ !\"#$%&'()*+,./:;<=>?@\\\\^_`{|}~-])";

    /** folded text, its distinct tokens, and the sorted-token name key; null when there is nothing to search for */
    record Terms(String folded, List<String> tokens, String nameKey) {
    }

    static Terms terms(String raw) {
        String folded = Fold.fold(raw).trim().replaceAll("\\s+", " ");
        List<String> tokens = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).distinct()
                .toList();
        if (tokens.isEmpty()) {
            return null;
        }
        return new Terms(folded, tokens, tokens.stream().sorted().reduce((a, b) -> a + "-" + b).orElseThrow());
    }

    // ------------------------------------------------------------------------------- the endpoints

    /** Runs the request's statements; @return the ids the API would list (for the equivalence check) */
    static List<String> run(Connection c, Workload.Request r) throws SQLException {
        return switch (r.endpoint()) {
            case OFFICIALS_Q -> officials(c, r.q());
            case EVENTS -> events(c, r);
            case OFFICIAL_ITEM -> official(c, r.id());
            case RELATION -> relation(c, r);
        };
    }

    /** OfficialQueryService.list with q: the RANKED keyset, first page (limit + 1 rows). */
    static List<String> officials(Connection c, String q) throws SQLException {
        Terms t = terms(q);
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(t.nameKey(), t.folded(), t.folded(), t.folded()));
        for (int i = 0; i < t.tokens().size(); i++) {
            where.append(i == 0 ? " where " : " and ").append("o.search_text ~ ?");
            params.add(WORD_START + t.tokens().get(i));
        }
        String sql = "select * from (select " + OFFICIAL_COLUMNS + ", "
                + "case when o.name_key = ? or o.ascii_name = ? then 1 else 0 end as k0, "
                + "round(cast(greatest(similarity(o.ascii_name, ?), similarity(o.search_text, ?)) as numeric), 4) as k1, "
                + "o.ascii_name as k2, o.id as k3 from official o" + where + ") page"
                + " order by k0 desc, k1 desc, k2 collate \"C\" asc, k3 collate \"C\" asc limit " + (PAGE + 1);
        return ids(query(c, sql, params), PAGE);
    }

    /** EventQueryService.list with country and from: the BY_DATE keyset, first page. */
    static List<String> events(Connection c, Workload.Request r) throws SQLException {
        String sql = "select * from (select " + EVENT_COLUMNS + ", "
                + "coalesce(e.date, date '0001-01-01') as k0, e.id as k1 from event e"
                + " where exists (select 1 from event_party p where p.event_id = e.id and p.country = ?)"
                + " and e.date is not null and coalesce(e.date, date '0001-01-01') >= ?) page"
                + " order by k0 desc, k1 collate \"C\" asc limit " + (PAGE + 1);
        return ids(query(c, sql, List.of(r.country(), r.from())), PAGE);
    }

    /** OfficialQueryService.find: seven statements. */
    static List<String> official(Connection c, String id) throws SQLException {
        List<Object> one = List.of(id);
        List<String> out = new ArrayList<>();
        List<Object[]> found = query(c, """
                select id, name, ascii_name, cast(country as text) as country, rank, created_at, updated_at
                from official where id = ?""", one);
        if (found.isEmpty()) {
            return out;
        }
        out.add((String) found.get(0)[0]);
        query(c, """
                select alias, times_seen, first_seen, last_seen from official_alias where official_id = ?
                order by times_seen desc, alias""", one);
        query(c, """
                select title, printed, organization, first_seen, last_seen from official_post where official_id = ?
                order by max(last_seen) over (partition by title) desc nulls last, title, last_seen desc nulls last,
                    printed""", one);
        out.addAll(ids(query(c, "select " + EVENT_COLUMNS + """
                , ep.role from event_participant ep join event e on e.id = ep.event_id where ep.official_id = ?
                order by e.date desc nulls last, e.id""", one), Integer.MAX_VALUE));
        out.addAll(ids(query(c, "select " + AGREEMENT_COLUMNS + """
                 from agreement_signatory s join agreement a on a.id = s.agreement_id where s.official_id = ?
                order by a.date desc nulls last, a.id""", one), Integer.MAX_VALUE));
        out.addAll(articleIds(sources(c, "official", id, """
                select article_id, cast(null as text) as status from article_official where official_id = ?
                union select article_id, null from mention where entity_type = 'official' and entity_id = ?""", 2)));
        out.addAll(articleIds((String) query(c, """
                select cast(coalesce(json_agg(json_build_object('articleId', r.article_id, 'publishedAt', a.published_at,
                        'decision', r.decision, 'score', cast(r.score as float8), 'features', r.features)
                    order by r.created_at, r.article_id), '[]') as text) as resolution
                from resolution r join article a on a.id = r.article_id
                where r.entity_type = ? and r.entity_id = ?""", List.of("official", id)).get(0)[0]));
        return out;
    }

    /** SourceQueries.sources: the item's articles (at most 200) with their evidence, as one JSON array. */
    private static String sources(Connection c, String type, String id, String articlesSql, int idParams)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < idParams; i++) {
            params.add(id);
        }
        params.add(type);
        params.add(id);
        return (String) query(c, """
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
                    where m.entity_type = ? and m.entity_id = ?
                    group by m.article_id)
                select cast(coalesce(json_agg(case when src.status is null
                        then json_build_object('articleId', src.id, 'url', src.url, 'title', src.title,
                            'publisher', src.publisher, 'publishedAt', src.published_at,
                            'evidence', coalesce(e.spans, '[]'))
                        else json_build_object('articleId', src.id, 'url', src.url, 'title', src.title,
                            'publisher', src.publisher, 'publishedAt', src.published_at, 'status', src.status,
                            'evidence', coalesce(e.spans, '[]')) end
                    order by src.published_at desc nulls last, src.id), '[]') as text) as sources
                from src left join evidence e on e.article_id = src.id""".formatted(articlesSql, 200), params).get(0)[0];
    }

    /**
     * The articleId values of a JSON array the store rendered, in order. A scan rather than a parse: query-service
     * passes these arrays through without parsing them, so the measured side only reads them too.
     */
    static List<String> articleIds(String json) {
        String key = "\"articleId\" : \"";
        List<String> ids = new ArrayList<>();
        for (int i = json.indexOf(key); i >= 0; i = json.indexOf(key, i)) {
            int start = i + key.length();
            i = json.indexOf('"', start);
            ids.add(json.substring(start, i));
        }
        return ids;
    }

    /** CountryQueryService.relation: events, agreements, then the officials involved in those (by their ids). */
    static List<String> relation(Connection c, Workload.Request r) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(r.country(), r.other()));
        String eventDates = "", agreementDates = "";
        if (r.from() != null) {
            eventDates += " and e.date >= ?";
            agreementDates += " and a.date >= ?";
            params.add(r.from());
        }
        if (r.to() != null) {
            eventDates += " and e.date <= ?";
            agreementDates += " and a.date <= ?";
            params.add(r.to());
        }
        List<Object[]> events = query(c, "select " + EVENT_COLUMNS + " from event e where e.id in ("
                + "select x.event_id from event_party x join event_party y on y.event_id = x.event_id\n"
                + "where x.country = ? and y.country = ?)" + eventDates + " order by e.date nulls last, e.id", params);
        List<Object[]> agreements = query(c, "select " + AGREEMENT_COLUMNS + " from agreement a where a.id in ("
                + "select x.agreement_id from agreement_party x join agreement_party y on y.agreement_id = x.agreement_id\n"
                + "where x.country = ? and y.country = ?)" + agreementDates + " order by a.date nulls last, a.id", params);
        List<String> out = new ArrayList<>(ids(events, Integer.MAX_VALUE));
        out.addAll(ids(agreements, Integer.MAX_VALUE));
        if (events.isEmpty() && agreements.isEmpty()) {
            return out;
        }
        out.addAll(ids(query(c, """
                select o.id, o.name, cast(o.country as text) as country, i.events, i.agreements
                from (select u.official_id, count(distinct u.event_id) as events,
                          count(distinct u.agreement_id) as agreements
                      from (select x.official_id, x.event_id, cast(null as varchar) as agreement_id
                            from event_participant x where x.event_id = any(string_to_array(?, chr(31)))
                            union all
                            select s.official_id, null, s.agreement_id from agreement_signatory s
                            where s.agreement_id = any(string_to_array(?, chr(31)))) u
                      group by u.official_id) i
                join official o on o.id = i.official_id
                order by i.events + i.agreements desc, o.ascii_name, o.id""",
                List.of(String.join("\u001f", ids(events, Integer.MAX_VALUE)),
                        String.join("\u001f", ids(agreements, Integer.MAX_VALUE)))), Integer.MAX_VALUE));
        return out;
    }

    // ------------------------------------------------------------------------------- JDBC

    /** Executes one statement and reads every column of every row, as Hibernate does for a Tuple query. */
    static List<Object[]> query(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                if (v instanceof String s) {
                    p.setString(i + 1, s);
                } else {
                    p.setObject(i + 1, v);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<String> ids(List<Object[]> rows, int limit) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < limit; i++) {
            ids.add(String.valueOf(rows.get(i)[0]));
        }
        return ids;
    }
}
