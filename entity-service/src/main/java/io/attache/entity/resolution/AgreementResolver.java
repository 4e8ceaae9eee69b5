package io.attache.entity.resolution;

import io.attache.contracts.EventTypes;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.text.Fold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One agreement per document: identity = kind + parties + subject key, so "the 2011 MoU on defence cooperation"
 * referenced by many articles is one agreement, and two MoUs signed the same day on different subjects stay two.
 */
@ApplicationScoped
public class AgreementResolver {
    /** Stronger evidence wins: an article that saw the signing beats one that mentions the document. */
    private static final List<String> STATUS_STRENGTH = List.of("planned", "referenced", "signed_in_this_event");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    @Inject
    StoreSql sql;

    public record Resolved(String id, Change change) {
    }

    /** The agreement's identity, locked up front like the other blocks: two groups reporting it serialise. */
    public static String blockingKey(ExtractedAgreement a) {
        return "agreement:" + identityKey(a.kind(), partiesKey(a), subjectKey(a));
    }

    private static String identityKey(String kind, String partiesKey, String subjectKey) {
        return kind + ":" + partiesKey + ":" + subjectKey;
    }

    private static String partiesKey(ExtractedAgreement a) {
        return a.parties().stream().sorted().collect(Collectors.joining("-"));
    }

    private static String subjectKey(ExtractedAgreement a) {
        return a.subjectKey() != null ? a.subjectKey()
                : a.subject() != null ? NOT_ALPHANUMERIC.matcher(Fold.fold(a.subject())).replaceAll("-") : "untitled";
    }

    public Resolved resolve(ExtractedAgreement a, ArticleContext article, Map<String, String> officialIds,
            Map<String, String> eventIds) {
        String partiesKey = partiesKey(a);
        String subjectKey = subjectKey(a);
        String identityKey = identityKey(a.kind(), partiesKey, subjectKey);
        String id = Ids.of("agr", identityKey);
        String eventId = a.eventLocalId() == null ? null : eventIds.get(a.eventLocalId());
        String datePrecision = a.datePrecision() == null ? null : a.datePrecision().name();
        String[] signatories = a.signatoryLocalIds().stream().map(officialIds::get).filter(java.util.Objects::nonNull)
                .toArray(String[]::new);
        // One statement: the agreement (created, or upgraded: a stronger status, a date or event it lacked), its
        // signatories, this article as a source. It computes the upgrade from the row it writes, so two instances
        // reporting the same agreement at once cannot undo each other's. "returning (xmax = 0)" is true for a row
        // inserted now; an agreement left as it was returns no row.
        Object[] outcome = (Object[]) sql.single("""
                with document as (
                    insert into agreement (id, identity_key, kind, subject, subject_key, parties_key, date,
                        date_precision, status, event_id)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    on conflict (identity_key) do update set
                        status = case when coalesce(array_position(?11, cast(excluded.status as text)), 0)
                                           > coalesce(array_position(?11, cast(agreement.status as text)), 0)
                                      then excluded.status else agreement.status end,
                        date_precision = case when agreement.date is null and excluded.date is not null
                                              then excluded.date_precision else agreement.date_precision end,
                        date = coalesce(agreement.date, excluded.date),
                        event_id = coalesce(agreement.event_id, excluded.event_id), updated_at = now()
                    where coalesce(array_position(?11, cast(excluded.status as text)), 0)
                              > coalesce(array_position(?11, cast(agreement.status as text)), 0)
                        or (agreement.date is null and excluded.date is not null)
                        or (agreement.event_id is null and excluded.event_id is not null)
                    returning (xmax = 0) as created),
                signatory as (
                    insert into agreement_signatory (agreement_id, official_id)
                    select cast(?1 as text), s from unnest(?12) as s on conflict do nothing
                    returning 1),
                source as (
                    insert into agreement_source (agreement_id, article_id, status) values (?1, ?13, ?9)
                    on conflict do nothing
                    returning 1)
                select (select created from document), exists (select 1 from signatory), exists (select 1 from source)""",
                id, identityKey, a.kind(), a.subject(), subjectKey, partiesKey, a.date(), datePrecision, a.status(),
                eventId, STATUS_STRENGTH.toArray(String[]::new), signatories, article.articleId());
        boolean created = Boolean.TRUE.equals(outcome[0]);
        boolean changed = Boolean.FALSE.equals(outcome[0]) || Boolean.TRUE.equals(outcome[1])
                || Boolean.TRUE.equals(outcome[2]);
        for (String country : a.parties()) {
            sql.defer("insert into agreement_party (agreement_id, country) values (?1, ?2) on conflict do nothing",
                    id, country);
        }
        for (String org : a.signingOrganizations()) {
            sql.defer("insert into agreement_organization (agreement_id, organization) values (?1, ?2) on conflict do nothing",
                    id, org);
        }
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
