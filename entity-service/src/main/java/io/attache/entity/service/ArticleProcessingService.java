package io.attache.entity.service;

import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.EventTypes;
import io.attache.entity.article.Article;
import io.attache.entity.article.ArticleRepository;
import io.attache.entity.changelog.ChangeLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.attache.entity.resolution.ArticleContext;
import io.attache.entity.resolution.Change;
import io.attache.entity.resolution.ResolutionService;
import io.attache.extraction.Extractor;
import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.CountryMention;
import io.attache.extraction.model.ExtractionResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything done for one article happens in one transaction: extraction, resolution into the store, change_log rows.
 */
@ApplicationScoped
public class ArticleProcessingService {

    @Inject
    ArticleRepository articles;
    @Inject
    ChangeLogRepository changeLog;
    @Inject
    Extractor extractor;
    @Inject
    ResolutionService resolution;
    @Inject
    RebuildGuard rebuildGuard;

    /**
     * What the engine finds in a submitted article, computed before its transaction: extraction needs no database,
     * so the consumer threads do it while the batching thread waits on the store (see {@link ArticleBatcher}).
     */
    public record Extracted(ArticleInput input, ExtractionResult result) {
    }

    public Extracted extract(ArticleSubmitted submitted) {
        ArticleInput input = new ArticleInput(submitted.text(), submitted.title(), submitted.publisher(),
                submitted.publishedAt(), submitted.url());
        return new Extracted(input, extractor.extract(input));
    }

    /**
     * @param extracted what {@link #extract} found in it, or null to extract now
     * @return false when the article had been processed before (a redelivery): nothing is changed then.
     */
    @Transactional
    public boolean process(ArticleSubmitted submitted, Extracted extracted) {
        rebuildGuard.enterProcessing();
        return processLocked(submitted, extracted);
    }

    /**
     * Several articles in one transaction, in order (see {@link ArticleBatcher}): all or nothing.
     *
     * @param extracted per article, as for {@link #process}
     * @return per article, as {@link #process}
     */
    @Transactional
    public List<Boolean> processAll(List<ArticleSubmitted> batch, List<Extracted> extracted) {
        rebuildGuard.enterProcessing();
        List<Boolean> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(processLocked(batch.get(i), extracted.get(i)));
        }
        return outcomes;
    }

    private boolean processLocked(ArticleSubmitted submitted, Extracted extracted) {
        Article article = articles.lockOrCreate(submitted);
        if (Article.PROCESSED.equals(article.status)) {
            return false;
        }
        Outcome outcome = extractAndResolve(article, extracted);
        ExtractionResult result = outcome.result();
        Map<String, Object> summary = summary(article);
        summary.put("countries", result.countries().stream().map(CountryMention::code).sorted().toList());
        summary.put("officials", result.officials().size());
        summary.put("events", result.events().size());
        summary.put("agreements", result.agreements().size());
        List<Change> changes = new ArrayList<>(outcome.changes());
        changes.add(new Change(EventTypes.ARTICLE_PROCESSED, article.id, summary));
        changeLog.appendAll(changes);
        return true;
    }

    /** What one article yielded, and the store changes it caused. */
    public record Outcome(ExtractionResult result, List<Change> changes) {
    }

    /**
     * Extraction and resolution of a locked article inside the caller's transaction; marks it processed.
     *
     * @param extracted used when it was extracted from exactly what the store holds for the article (a producer may
     *                  have re-sent an id with other content: the stored article is the one processed); null: extract
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome extractAndResolve(Article article, Extracted extracted) {
        ArticleInput stored = new ArticleInput(article.text, article.title, article.publisher, article.publishedAt,
                article.url);
        ExtractionResult result = extracted != null && extracted.input().equals(stored) ? extracted.result()
                : extractor.extract(stored);
        LocalDate seenOn = article.publishedAt != null ? article.publishedAt
                : article.receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
        List<Change> changes = resolution.store(result, new ArticleContext(article.id, seenOn));
        article.status = Article.PROCESSED;
        article.failureReason = null;
        article.processedAt = Instant.now();
        return new Outcome(result, changes);
    }

    /** Records that an article could not be processed, so it is visible instead of lost. */
    @Transactional
    public void markFailed(ArticleSubmitted submitted, String reason) {
        Article article = articles.lockOrCreate(submitted);
        if (Article.PROCESSED.equals(article.status)) {
            return;
        }
        article.status = Article.FAILED;
        article.failureReason = reason;
        article.processedAt = Instant.now();
        Map<String, Object> payload = summary(article);
        payload.put("reason", reason);
        changeLog.append(EventTypes.ARTICLE_FAILED, article.id, payload);
    }

    private static Map<String, Object> summary(Article article) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", article.status);
        payload.put("title", article.title);
        payload.put("url", article.url);
        payload.put("publisher", article.publisher);
        payload.put("publishedAt", article.publishedAt == null ? null : article.publishedAt.toString());
        return payload;
    }
}
