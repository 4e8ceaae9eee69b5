package io.attache.entity.resolution;

import io.attache.contracts.EventTypes;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.text.Fold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One agreement per document: identity = kind + parties + subject key, so "the 2011 MoU on defence cooperation"
 * referenced by many articles is one agreement, and two MoUs signed the same day on different subjects stay two.
 */
@ApplicationScoped
public class AgreementResolver {
    /** Stronger evidence wins: an article that saw the signing beats one that mentions the document. */
    private static final List<String> STATUS_STRENGTH = List.of("planned", "referenced", "signed_in_this_event");

    @Inject
    StoreSql sql;

    public record Resolved(String id, Change change) {
    }

    public Resolved resolve(ExtractedAgreement a, ArticleContext article, Map<String, String> officialIds,
            Map<String, String> eventIds) {
        String partiesKey = a.parties().stream().sorted().collect(Collectors.joining("-"));
        String subjectKey = a.subjectKey() != null ? a.subjectKey()
                : a.subject() != null ? Fold.fold(a.subject()).replaceAll("[^a-z0-9]+", "-") : "untitled";
        String identityKey = a.kind() + ":" + partiesKey + ":" + subjectKey;
        String id = Ids.of("agr", identityKey);
        String eventId = a.eventLocalId() == null ? null : eventIds.get(a.eventLocalId());
        String datePrecision = a.datePrecision() == null ? null : a.datePrecision().name();
        boolean created = sql.execute("""
                insert into agreement (id, identity_key, kind, subject, subject_key, parties_key, date, date_precision,
                    status, event_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (identity_key) do nothing""",
                id, identityKey, a.kind(), a.subject(), subjectKey, partiesKey, a.date(), datePrecision, a.status(),
                eventId) == 1;
        boolean changed = false;
        if (!created) {
            // one statement that reads and writes the current row: two instances reporting the same agreement at once
            // cannot undo each other's upgrade (a read, then a write of what was read, could)
            changed = sql.execute("""
                    update agreement set
                        status = case when coalesce(array_position(?6, cast(?2 as text)), 0)
                                           > coalesce(array_position(?6, cast(status as text)), 0) then ?2 else status end,
                        date_precision = case when date is null and cast(?3 as date) is not null then cast(?4 as text)
                                         else date_precision end,
                        date = coalesce(date, cast(?3 as date)),
                        event_id = coalesce(event_id, cast(?5 as text)), updated_at = now()
                    where id = ?1 and (coalesce(array_position(?6, cast(?2 as text)), 0)
                                           > coalesce(array_position(?6, cast(status as text)), 0)
                        or (date is null and cast(?3 as date) is not null)
                        or (event_id is null and cast(?5 as text) is not null))""",
                    id, a.status(), a.date(), datePrecision, eventId, STATUS_STRENGTH.toArray(String[]::new)) == 1;
        }
        for (String country : a.parties()) {
            sql.defer("insert into agreement_party (agreement_id, country) values (?1, ?2) on conflict do nothing",
                    id, country);
        }
        for (String org : a.signingOrganizations()) {
            sql.defer("insert into agreement_organization (agreement_id, organization) values (?1, ?2) on conflict do nothing",
                    id, org);
        }
        String[] signatories = a.signatoryLocalIds().stream().map(officialIds::get).filter(java.util.Objects::nonNull)
                .toArray(String[]::new);
        if (signatories.length > 0) {
            changed |= sql.execute("""
                    insert into agreement_signatory (agreement_id, official_id)
                    select cast(?1 as text), s from unnest(?2) as s on conflict do nothing""", id, signatories) > 0;
        }
        changed |= sql.execute("""
                insert into agreement_source (agreement_id, article_id, status) values (?1, ?2, ?3)
                on conflict do nothing""", id, article.articleId(), a.status()) == 1;
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("kind", a.kind());
        features.put("parties", partiesKey);
        features.put("subjectKey", subjectKey);
        sql.defer("""
                insert into resolution (entity_type, entity_id, article_id, decision, score, features)
                values ('agreement', ?1, ?2, ?3, 1.0, cast(?4 as jsonb)) on conflict do nothing""",
                id, article.articleId(), created ? "created" : "matched", sql.json(features));

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", a.kind());
        payload.put("subject", a.subject());
        payload.put("parties", a.parties());
        payload.put("status", a.status());
        payload.put("date", a.date() == null ? null : a.date().toString());
        payload.put("articleId", article.articleId());
        Change change = created || changed
                ? new Change(created ? EventTypes.AGREEMENT_CREATED : EventTypes.AGREEMENT_UPDATED, id, payload) : null;
        return new Resolved(id, change);
    }
}
