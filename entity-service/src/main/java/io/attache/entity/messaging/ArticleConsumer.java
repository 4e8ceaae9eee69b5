package io.attache.entity.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.CloudEvent;
import io.attache.contracts.EventTypes;
import io.attache.entity.service.ArticleBatcher;
import io.attache.entity.service.ArticleProcessingService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes attache.articles.v1. A record that is not a valid article event throws {@link InvalidArticleEventException}:
 * the connector sends it to the dead-letter topic with the reason and the partition moves on. The record is
 * acknowledged (offset committed) only after the processing transaction committed.
 */
@ApplicationScoped
public class ArticleConsumer {
    public static final String CHANNEL = "articles";
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    ArticleBatcher batcher;
    @Inject
    ArticleProcessingService processing;
    @Inject
    ShutdownGuard shutdown;
    @ConfigProperty(name = "attache.processing.max-attempts")
    int maxAttempts;

    // unordered: many records of a partition wait at once, so the batcher can group them (the order of articles does not
    // matter: resolution is order-independent, and a redelivered article is recognised by its id)
    @Incoming(CHANNEL)
    @Blocking(value = "article-workers", ordered = false)
    public void consume(String value) {
        ArticleSubmitted article = parse(value);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                boolean processed = batcher.process(article);
                LOG.debugf("article %s %s", article.id(), processed ? "processed" : "already processed, ignored");
                return;
            } catch (RuntimeException e) { // transient (lock timeout, serialisation) or a bug: retry, then record
                if (shutdown.stopping()) {
                    LOG.infof("article %s interrupted by shutdown; left for redelivery", article.id());
                    shutdown.parkUntilExit();
                }
                last = e;
                LOG.warnf("article %s: attempt %d/%d failed: %s", article.id(), attempt, maxAttempts, e.toString());
                backOff(attempt);
            }
        }
        try {
            processing.markFailed(article, rootMessage(last));
        } catch (RuntimeException e) {
            if (shutdown.stopping()) {
                shutdown.parkUntilExit();
            }
            throw e; // the store is unreachable: the dead-letter topic keeps the article and the reason
        }
    }

    ArticleSubmitted parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleEventException("empty record value");
        }
        CloudEvent<ArticleSubmitted> event;
        try {
            event = mapper.readValue(value, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new InvalidArticleEventException("not a CloudEvent JSON document: " + e.getOriginalMessage());
        }
        if (!EventTypes.ARTICLE_SUBMITTED.equals(event.type())) {
            throw new InvalidArticleEventException("unexpected CloudEvent type '" + event.type() + "'");
        }
        ArticleSubmitted data = event.data();
        if (data == null) {
            throw new InvalidArticleEventException("CloudEvent without data");
        }
        if (data.id() == null || data.id().isBlank()) {
            throw new InvalidArticleEventException("article without id");
        }
        if (data.text() == null || data.text().isBlank()) {
            throw new InvalidArticleEventException("article " + data.id() + " without text");
        }
        return data;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(2_000L, 50L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
