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
     * Stores a new event under an id that follows from what it is (parties, kind family, day, ordinal), not from which
     * report came first, so a reprocess in another article order gives the same ids. An undated event, or one whose
     * natural id is taken by a different meeting, is named after the report that introduced it.
     *
     * @return the new event's id
     */
    private String insertNew(ExtractedEvent e, EventMatcher.Description reported, String partiesKey,
            ArticleContext article) {
        String introducedBy = article.articleId() + ":" + e.localId();
        boolean dayKnown = e.date() != null && e.datePrecision() != null && "DAY".equals(e.datePrecision().name());
        String natural = Ids.of("evt", String.join("|", partiesKey, EventMatcher.kindFamily(e.kind()),
                dayKnown ? e.date().toString() : "undated " + introducedBy, e.ordinal() == null ? "" : e.ordinal().toString()));
        if (insert(natural, e, reported, partiesKey)) {
            return natural;
        }
        String named = Ids.of("evt", natural + "|" + introducedBy);
        insert(named, e, reported, partiesKey); // taken only if this very report's event was stored before: it is that one
        return named;
    }

    private boolean insert(String id, ExtractedEvent e, EventMatcher.Description reported, String partiesKey) {
        return sql.execute("""
                insert into event (id, kind, name, ordinal, date, date_precision, city, host_country, parties_key)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (id) do nothing""",
                id, e.kind(), e.name(), e.ordinal(), e.date(), reported.datePrecision(), e.city(), e.hostCountry(),
                partiesKey) == 1;
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
        String id = created ? insertNew(e, reported, partiesKey, article) : matchedId;
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
        // One statement: a matched event completed (what one report lacks - year, city, name - another fills in; a
        // day-precise date beats a month), its participants (read back by the next report's matching, so written now),
        // this article as a source ("added" only for a new source: xmax = 0 tells an insert from an update).
        Object[] outcome = (Object[]) sql.single("""
                with completed as (
                    update event set
                        date = case when date is null or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                                    then cast(?2 as date) else date end,
                        date_precision = case when date is null or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                                    then cast(?3 as text) else date_precision end,
                        city = coalesce(city, cast(?4 as text)), host_country = coalesce(host_country, cast(?5 as text)),
                        name = coalesce(name, cast(?6 as text)), ordinal = coalesce(ordinal, cast(?7 as integer)),
                        updated_at = now()
                    where ?8 and id = ?1 and ((date is null and cast(?2 as date) is not null)
                        or (date_precision <> 'DAY' and cast(?3 as text) = 'DAY')
                        or (city is null and cast(?4 as text) is not null)
                        or (host_country is null and cast(?5 as text) is not null)
                        or (name is null and cast(?6 as text) is not null)
                        or (ordinal is null and cast(?7 as integer) is not null))
                    returning 1),
                participant as (
                    insert into event_participant (event_id, official_id, role)
                    select cast(?1 as text), o, r from unnest(?9, ?10) as x(o, r) on conflict do nothing
                    returning 1),
                source as (
                    insert into event_source (event_id, article_id, main) values (?1, ?11, ?12)
                    on conflict (event_id, article_id) do update set main = true
                    where excluded.main and not event_source.main
                    returning (xmax = 0) as added)
                select exists (select 1 from completed), exists (select 1 from participant),
                    coalesce((select added from source), false)""",
                id, e.date(), reported.datePrecision(), e.city(), e.hostCountry(), e.name(), e.ordinal(), !created,
                participantIds.toArray(String[]::new), roles.toArray(String[]::new), article.articleId(), e.main());
        boolean changed = created || Boolean.TRUE.equals(outcome[0]) || Boolean.TRUE.equals(outcome[1])
                || Boolean.TRUE.equals(outcome[2]);
        for (String topic : e.topics()) {
            sql.defer("insert into event_topic (event_id, topic) values (?1, ?2) on conflict do nothing", id, topic);
        }
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
