package io.attache.entity.resolution;

import io.attache.contracts.EventTypes;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event per meeting across outlets. Candidates share the party set (the blocking key, locked for the transaction
 * so that two instances resolving reports of one meeting at once cannot both create it); {@link EventMatcher} decides.
 */
@ApplicationScoped
public class EventResolver {
    @Inject
    StoreSql sql;

    public record Resolved(String id, Change change) {
    }

    public static String partiesKey(ExtractedEvent event) {
        return event.parties().stream().sorted().collect(Collectors.joining("-"));
    }

    public static String blockingKey(ExtractedEvent event) {
        return "event:" + partiesKey(event);
    }

    /**
     * The id of a new event follows from what it is (parties, kind family, day, ordinal), not from which report came
     * first, so a reprocess in another article order gives the same ids. An undated event, or one whose natural id is
     * taken by a different meeting, is named after the report that introduced it.
     */
    private String newId(ExtractedEvent e, String partiesKey, ArticleContext article) {
        String introducedBy = article.articleId() + ":" + e.localId();
        boolean dayKnown = e.date() != null && e.datePrecision() != null && "DAY".equals(e.datePrecision().name());
        String natural = Ids.of("evt", String.join("|", partiesKey, EventMatcher.kindFamily(e.kind()),
                dayKnown ? e.date().toString() : "undated " + introducedBy, e.ordinal() == null ? "" : e.ordinal().toString()));
        boolean taken = sql.single("select 1 from event where id = ?1", natural) != null;
        return taken ? Ids.of("evt", natural + "|" + introducedBy) : natural;
    }

    /** @param officialIds the article's official local ids resolved to store ids */
    public Resolved resolve(ExtractedEvent e, ArticleContext article, Map<String, String> officialIds) {
        String partiesKey = partiesKey(e);
        Set<String> participants = e.participants().stream().map(p -> officialIds.get(p.officialLocalId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        EventMatcher.Description reported = new EventMatcher.Description(e.kind(), e.date(),
                e.datePrecision() == null ? null : e.datePrecision().name(), e.city(), e.ordinal(), e.name(), participants);

        String matchedId = null;
        EventMatcher.Verdict best = null;
        if (!partiesKey.isEmpty()) {
            List<Object[]> candidates = sql.list("""
                    select id, kind, date, date_precision, city, ordinal, name,
                        array(select p.official_id from event_participant p where p.event_id = event.id)
                    from event
                    where parties_key = ?1 and (date is null or cast(?2 as date) is null
                        or date between cast(?2 as date) - 31 and cast(?2 as date) + 31)
                    order by id""", partiesKey, e.date());
            for (Object[] c : candidates) {
                Set<String> storedParticipants = Set.copyOf(java.util.Arrays.asList((String[]) c[7]));
                EventMatcher.Verdict verdict = EventMatcher.compare(new EventMatcher.Description((String) c[1],
                        StoreSql.toLocalDate(c[2]), (String) c[3], (String) c[4],
                        (Integer) c[5], (String) c[6], storedParticipants), reported);
                if (verdict.matches() && (best == null || verdict.score() > best.score())) {
                    best = verdict;
                    matchedId = (String) c[0];
                }
            }
        }

        boolean created = matchedId == null;
        String id = created ? newId(e, partiesKey, article) : matchedId;
        boolean changed;
        if (created) {
            sql.execute("""
                    insert into event (id, kind, name, ordinal, date, date_precision, city, host_country, parties_key)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (id) do nothing""",
                    id, e.kind(), e.name(), e.ordinal(), e.date(), reported.datePrecision(), e.city(), e.hostCountry(),
                    partiesKey);
            changed = true;
        } else {
            // what one report lacks (year, city, name) another fills in; a day-precise date beats a month
            changed = sql.execute("""
                    update event set
                        date = case when date is null or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                                    then cast(?2 as date) else date end,
                        date_precision = case when date is null or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                                    then cast(?3 as text) else date_precision end,
                        city = coalesce(city, cast(?4 as text)), host_country = coalesce(host_country, cast(?5 as text)),
                        name = coalesce(name, cast(?6 as text)), ordinal = coalesce(ordinal, cast(?7 as integer)),
                        updated_at = now()
                    where id = ?1 and ((date is null and cast(?2 as date) is not null)
                        or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                        or (city is null and cast(?4 as text) is not null)
                        or (host_country is null and cast(?5 as text) is not null)
                        or (name is null and cast(?6 as text) is not null)
                        or (ordinal is null and cast(?7 as integer) is not null))""",
                    id, e.date(), reported.datePrecision(), e.city(), e.hostCountry(), e.name(), e.ordinal()) == 1;
        }
        for (String country : e.parties()) {
            sql.defer("insert into event_party (event_id, country) values (?1, ?2) on conflict do nothing", id, country);
        }
        List<String> participantIds = new java.util.ArrayList<>();
        List<String> roles = new java.util.ArrayList<>();
        for (Participant p : e.participants()) {
            String officialId = officialIds.get(p.officialLocalId());
            if (officialId != null) {
                participantIds.add(officialId);
                roles.add(p.role());
            }
        }
        if (!participantIds.isEmpty()) { // read back by the next report's matching, so written now, in one statement
            changed |= sql.execute("""
                    insert into event_participant (event_id, official_id, role)
                    select cast(?1 as text), o, r from unnest(?2, ?3) as x(o, r) on conflict do nothing""",
                    id, participantIds.toArray(String[]::new), roles.toArray(String[]::new)) > 0;
        }
        for (String topic : e.topics()) {
            sql.defer("insert into event_topic (event_id, topic) values (?1, ?2) on conflict do nothing", id, topic);
        }
        // "changed" only for a new source: xmax = 0 tells an insert from the update of an existing row
        changed |= Boolean.TRUE.equals(sql.single("""
                insert into event_source (event_id, article_id, main) values (?1, ?2, ?3)
                on conflict (event_id, article_id) do update set main = event_source.main or excluded.main
                returning (xmax = 0)""", id, article.articleId(), e.main()));
        Map<String, Object> features = created ? Map.of("candidates", "none matched") : best.features();
        sql.defer("""
                insert into resolution (entity_type, entity_id, article_id, decision, score, features)
                values ('event', ?1, ?2, ?3, ?4, cast(?5 as jsonb)) on conflict do nothing""",
                id, article.articleId(), created ? "created" : "matched", created ? 1.0 : Math.min(1.0, best.score()),
                sql.json(features));

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", e.kind());
        payload.put("date", e.date() == null ? null : e.date().toString());
        payload.put("city", e.city());
        payload.put("hostCountry", e.hostCountry());
        payload.put("parties", e.parties());
        payload.put("articleId", article.articleId());
        Change change = created || changed
                ? new Change(created ? EventTypes.EVENT_CREATED : EventTypes.EVENT_UPDATED, id, payload) : null;
        return new Resolved(id, change);
    }

}
