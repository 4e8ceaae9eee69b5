package io.attache.entity.service;

import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.EventTypes;
import io.attache.entity.article.Article;
import io.attache.entity.article.ArticleRepository;
import io.attache.entity.changelog.ChangeLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything done for one article happens in one transaction, change_log rows included. */
@ApplicationScoped
public class ArticleProcessingService {

    @Inject
    ArticleRepository articles;
    @Inject
    ChangeLogRepository changeLog;

    /** @return false when the article had been processed before (a redelivery): nothing is changed then. */
    @Transactional
    public boolean process(ArticleSubmitted submitted) {
        Article article = articles.lockOrCreate(submitted);
        if (Article.PROCESSED.equals(article.status)) {
            return false;
        }
        article.status = Article.PROCESSED;
        article.failureReason = null;
        article.processedAt = Instant.now();
        changeLog.append(EventTypes.ARTICLE_PROCESSED, article.id, summary(article));
        return true;
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
