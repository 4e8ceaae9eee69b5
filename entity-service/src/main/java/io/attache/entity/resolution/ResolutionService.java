package io.attache.entity.resolution;

import io.attache.extraction.model.CountryMention;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractedOrganization;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes what the engine found in one article into the store, resolving each item to its lasting identity, inside the
 * caller's transaction. Returns the changes to record.
 */
@ApplicationScoped
public class ResolutionService {
    @Inject
    StoreSql sql;
    @Inject
    OfficialResolver officials;
    @Inject
    OrganizationResolver organizations;
    @Inject
    EventResolver events;
    @Inject
    AgreementResolver agreements;

    /**
     * The caller must hold the blocks' locks ({@link #lockBlocks}) or otherwise exclude concurrent resolution of them
     * (a reprocess holds the rebuild lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Change> store(ExtractionResult result, ArticleContext article) {
        List<Change> changes = new ArrayList<>();

        for (ExtractedOrganization org : result.organizations()) {
            String id = organizations.resolve(org);
            writeMentions(article, "organization", id, org.mentions());
        }
        Map<String, String> officialIds = new HashMap<>();
        for (ExtractedOfficial official : result.officials()) {
            OfficialResolver.Resolved resolved = officials.resolve(official, article);
            officialIds.put(official.localId(), resolved.id());
            writeMentions(article, "official", resolved.id(), official.mentions());
            resolved.changes().forEach(change -> addChange(changes, change));
        }
        Map<String, String> eventIds = new HashMap<>();
        for (ExtractedEvent event : result.events()) {
            EventResolver.Resolved resolved = events.resolve(event, article, officialIds);
            eventIds.put(event.localId(), resolved.id());
            writeMentions(article, "event", resolved.id(), event.evidence());
            addChange(changes, resolved.change());
        }
        for (ExtractedAgreement agreement : result.agreements()) {
            AgreementResolver.Resolved resolved = agreements.resolve(agreement, article, officialIds, eventIds);
            writeMentions(article, "agreement", resolved.id(), agreement.evidence());
            addChange(changes, resolved.change());
        }
        for (CountryMention country : result.countries()) {
            sql.defer("insert into article_country (article_id, country) values (?1, ?2) on conflict do nothing",
                    article.articleId(), country.code());
        }
        // the queued link rows and mentions go out with those of the other articles of the transaction
        return mergePerEntity(changes);
    }

    /**
     * Takes every advisory lock the articles need before touching anything, in one sorted order: two transactions
     * (batching threads or instances) resolving articles about the same people, meeting, document or organisation
     * serialise instead of both creating it, and cannot deadlock. Every row a resolution inserts or updates whose key
     * another article could share is under one of these locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockBlocks(List<ExtractionResult> results) {
        TreeSet<String> keys = new TreeSet<>();
        for (ExtractionResult result : results) {
            result.officials().forEach(o -> keys.add(OfficialResolver.blockingKey(o)));
            result.events().forEach(e -> keys.add(EventResolver.blockingKey(e)));
            result.agreements().forEach(a -> keys.add(AgreementResolver.blockingKey(a)));
            result.organizations().forEach(o -> keys.add(OrganizationResolver.blockingKey(o)));
        }
        sql.lock(keys);
    }

    private void writeMentions(ArticleContext article, String type, String entityId, List<Span> spans) {
        for (Span span : spans) {
            sql.defer("""
                    insert into mention (article_id, entity_type, entity_id, start_offset, end_offset, text,
                        sentence_start, sentence_end) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""",
                    article.articleId(), type, entityId, span.start(), span.end(), span.text(), span.sentenceStart(),
                    span.sentenceEnd());
        }
    }

    private static void addChange(List<Change> changes, Change change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** One change per entity per article: "created" wins over "updated". */
    private static List<Change> mergePerEntity(List<Change> changes) {
        Map<String, Change> byEntity = new LinkedHashMap<>();
        for (Change c : changes) {
            byEntity.merge(c.entityId(), c, (first, second) -> first.type().endsWith(".created") ? first : second);
        }
        return List.copyOf(byEntity.values());
    }
}
