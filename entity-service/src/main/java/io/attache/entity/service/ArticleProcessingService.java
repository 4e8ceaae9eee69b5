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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything done for an article happens in one transaction, shared with the other articles of its group: resolution
 * into the store, the article's status, change_log rows. Extraction needs no database and is made ahead.
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
        return processAll(List.of(submitted), Collections.singletonList(extracted)).get(0);
    }

    /**
     * Several articles in one transaction, in order (see {@link ArticleBatcher}): all or nothing. The statements that
     * do not depend on what an article says are made once for the group: the article rows are locked together, the
     * advisory locks of all their blocks are taken together (in one sorted order, so two instances cannot deadlock on
     * them), and the change log is appended once.
     *
     * @param extracted per article, as for {@link #process}
     * @return per article, as {@link #process}
     */
    @Transactional
    public List<Boolean> processAll(List<ArticleSubmitted> group, List<Extracted> extracted) {
        rebuildGuard.enterProcessing();
        Map<String, Article> locked = articles.lockOrCreateAll(group);
        Set<String> taken = new HashSet<>(); // a redelivered id twice in one group: the second one is the redelivery
        List<Article> toProcess = new ArrayList<>();
        List<ExtractionResult> results = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            Article article = locked.get(group.get(i).id());
            boolean fresh = !Article.PROCESSED.equals(article.status) && taken.add(article.id);
            outcomes.add(fresh);
            if (fresh) {
                toProcess.add(article);
                results.add(resultFor(article, extracted.get(i)));
            }
        }
        resolution.lockBlocks(results);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < toProcess.size(); i++) {
            Article article = toProcess.get(i);
            ExtractionResult result = results.get(i);
            changes.addAll(resolve(article, result));
            Map<String, Object> summary = summary(article);
            summary.put("countries", result.countries().stream().map(CountryMention::code).sorted().toList());
            summary.put("officials", result.officials().size());
            summary.put("events", result.events().size());
            summary.put("agreements", result.agreements().size());
            changes.add(new Change(EventTypes.ARTICLE_PROCESSED, article.id, summary));
        }
        changeLog.appendAll(changes);
        return outcomes;
    }

    /** What one article yielded, and the store changes it caused. */
    public record Outcome(ExtractionResult result, List<Change> changes) {
    }

    /**
     * Extraction and resolution of an article inside the caller's transaction, which must exclude concurrent
     * resolution of the same blocks (a reprocess holds the rebuild lock); marks it processed.
     *
     * @param extracted as for {@link #process}; null: extract now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome extractAndResolve(Article article, Extracted extracted) {
        ExtractionResult result = resultFor(article, extracted);
        return new Outcome(result, resolve(article, result));
    }

    /**
     * The extraction of what the store holds for the article: the one made ahead if it was made from exactly that (a
     * producer may have re-sent an id with other content: the stored article is the one processed), else a new one.
     */
    private ExtractionResult resultFor(Article article, Extracted extracted) {
        ArticleInput stored = new ArticleInput(article.text, article.title, article.publisher, article.publishedAt,
                article.url);
        return extracted != null && extracted.input().equals(stored) ? extracted.result() : extractor.extract(stored);
    }

    private List<Change> resolve(Article article, ExtractionResult result) {
        LocalDate seenOn = article.publishedAt != null ? article.publishedAt
                : article.receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
        List<Change> changes = resolution.store(result, new ArticleContext(article.id, seenOn));
        article.status = Article.PROCESSED;
        article.queued = true; // it came from the broker (ingest-service may have skipped the mark, see ArticleStore)
        article.failureReason = null;
        article.processedAt = Instant.now();
        return changes;
    }

    /** Records that an article could not be processed, so it is visible instead of lost. */
    @Transactional
    public void markFailed(ArticleSubmitted submitted, String reason) {
        Article article = articles.lockOrCreate(submitted);
        if (Article.PROCESSED.equals(article.status)) {
            return;
        }
        article.status = Article.FAILED;
        article.queued = true;
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
