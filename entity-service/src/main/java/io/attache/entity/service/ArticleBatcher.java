package io.attache.entity.service;

import io.attache.contracts.ArticleSubmitted;
import io.attache.entity.resolution.ResolutionService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit: the consumers extract their articles (CPU only, in parallel) and hand them to a few batching threads
 * ({@code attache.processing.batchers}); each resolves and stores whatever has arrived, up to
 * {@code attache.processing.batch-size} articles, in one transaction, and each caller waits for its own outcome. One
 * commit and one change-log append per group instead of one each per article; while one thread waits on the store,
 * another works (groups that share a block wait for each other's locks, see {@link ResolutionService#lockBlocks}).
 * When a batch fails, its articles are processed again one by one, each in its own transaction, so one bad article
 * fails alone and cannot hold the others back.
 */
@ApplicationScoped
public class ArticleBatcher {
    private static final Logger LOG = Logger.getLogger(ArticleBatcher.class);

    @Inject
    ArticleProcessingService processing;
    @ConfigProperty(name = "attache.processing.batch-size", defaultValue = "50")
    int batchSize;
    @ConfigProperty(name = "attache.processing.batchers", defaultValue = "2")
    int batchers;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private final List<Thread> workers = new ArrayList<>();

    private record Pending(ArticleSubmitted article, ArticleProcessingService.Extracted extracted,
            CompletableFuture<Boolean> outcome) {
    }

    /** Thrown to callers whose article could not be batched because the service is stopping. */
    public static class BatchFailedException extends RuntimeException {
        BatchFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < batchers; i++) {
            Thread worker = new Thread(this::loop, "article-batcher-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    // before the connector and the datasource go: waiting callers learn at once that their article was not processed
    void stop(@Observes @Priority(2) ShutdownEvent event) throws InterruptedException {
        running = false; // the batches in progress finish (or fail on the closing datasource); no new one starts
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread worker : workers) {
            TimeUnit.NANOSECONDS.timedJoin(worker, Math.max(1, deadline - System.nanoTime()));
        }
        failAll(new BatchFailedException("entity-service is stopping", null));
    }

    /**
     * Extracts the article, then processes it in the next batch; blocks the calling (worker) thread until that batch
     * committed.
     *
     * @return false when the article had been processed before (a redelivery)
     */
    public boolean process(ArticleSubmitted article) {
        if (!running) {
            throw new BatchFailedException("entity-service is stopping", null);
        }
        // extracted here, on the caller's thread, while the batching thread waits on the store for earlier articles
        Pending pending = new Pending(article, processing.extract(article), new CompletableFuture<>());
        queue.add(pending);
        while (true) {
            try {
                return pending.outcome().get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (!running && queue.remove(pending)) { // stopped before its batch began
                    throw new BatchFailedException("entity-service is stopping", null);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new BatchFailedException(e.getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatchFailedException("interrupted while waiting for the batch", e);
            }
        }
    }

    private void loop() {
        while (running) {
            List<Pending> batch = new ArrayList<>(batchSize);
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
            } catch (InterruptedException e) {
                break;
            }
            run(batch);
        }
    }

    private void run(List<Pending> batch) {
        try {
            List<Boolean> outcomes = processing.processAll(batch.stream().map(Pending::article).toList(),
                    batch.stream().map(Pending::extracted).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).outcome().completeExceptionally(e);
                return;
            }
            // find the culprit: each article alone, in its own transaction, still on this thread
            LOG.infof("batch of %d articles failed (%s); processing them one by one", batch.size(), e.toString());
            for (Pending p : batch) {
                try {
                    p.outcome().complete(processing.process(p.article(), p.extracted()));
                } catch (RuntimeException alone) {
                    p.outcome().completeExceptionally(alone);
                }
            }
        }
    }

    private void failAll(RuntimeException failure) {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.outcome().completeExceptionally(failure));
    }
}
