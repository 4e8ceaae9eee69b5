package io.attache.ingest.service;

import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.Problem.FieldError;
import io.attache.ingest.mapping.ArticleRequest;
import io.attache.ingest.mapping.IngestResult;
import io.attache.ingest.messaging.ArticlePublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validate, assign the stable id, record the pending article, publish it, answer once the broker acknowledged.
 * A repeat of an article that is already queued publishes nothing and answers {@code duplicate: true}.
 */
@ApplicationScoped
public class ArticleIngestService {

    @Inject
    ArticleValidator validator;
    @Inject
    ArticleStore store;
    @Inject
    ArticlePublisher publisher;
    @ConfigProperty(name = "attache.ingest.max-batch-size")
    int maxBatchSize;
    @ConfigProperty(name = "attache.ingest.publish-timeout")
    Duration publishTimeout;

    public IngestResult ingest(ArticleRequest request) {
        List<FieldError> errors = validator.check(request, "");
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(describe(errors), errors);
        }
        return ingestAll(List.of(request)).get(0);
    }

    /** All articles are validated before any is published: a batch with one bad article publishes nothing. */
    public List<IngestResult> ingestBatch(List<ArticleRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidArticleException("articles: a non-empty list is required",
                    List.of(new FieldError("articles", "a non-empty list is required")));
        }
        if (requests.size() > maxBatchSize) {
            throw new PayloadTooLargeException("a batch holds at most %d articles; this one has %d"
                    .formatted(maxBatchSize, requests.size()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            errors.addAll(validator.check(requests.get(i), "articles[" + i + "]."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(describe(errors), errors);
        }
        return ingestAll(requests);
    }

    private List<IngestResult> ingestAll(List<ArticleRequest> requests) {
        Instant now = Instant.now();
        List<IngestResult> results = new ArrayList<>(requests.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        Set<String> published = new LinkedHashSet<>();
        for (ArticleRequest request : requests) {
            ArticleSubmitted article = validator.toEvent(request, now);
            if (published.contains(article.id())) { // the same article twice in one batch
                results.add(new IngestResult(article.id(), "pending", true));
                continue;
            }
            ArticleStore.Known known = store.insertPending(article);
            if (known.queued()) {
                results.add(new IngestResult(article.id(), known.status(), true));
            } else {
                // new, or recorded by an earlier request that the broker never acknowledged (that one got a 503)
                acks.add(publisher.publish(article));
                published.add(article.id());
                results.add(new IngestResult(article.id(), "pending", false));
            }
        }
        awaitBroker(acks);
        store.markQueued(published);
        return results;
    }

    private void awaitBroker(List<CompletableFuture<Void>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StoreUnavailableException("the message broker did not acknowledge the article: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid");
    }
}
