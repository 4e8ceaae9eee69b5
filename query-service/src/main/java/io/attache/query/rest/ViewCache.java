package io.attache.query.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered bodies of expensive read views (the bilateral record of two countries reads hundreds of events, agreements
 * and officials), shared by the requests for the same view until the store changes:
 * <ul>
 * <li>every change this instance receives from the change topic drops all entries ({@link #invalidate()}, called by
 * the change consumer), so a view is never older than the last change that reached this instance;</li>
 * <li>an entry is also dropped after {@code attache.cache.relations.max-age} (the Cache-Control max-age the API
 * already announces), which bounds staleness when changes do not arrive (broker down, or rows written without a
 * change, like the benchmark's seeder);</li>
 * <li>concurrent requests for a view that is not cached wait for one computation instead of each running it, and a
 * computation that began before an invalidation is never stored for later requests.</li>
 * </ul>
 * So the store is read for a view at most once per change (and per max-age), however many requests ask for it.
 * {@code max-age=0} turns the cache off.
 */
@ApplicationScoped
public class ViewCache {
    /** Entries kept at most; past it all are dropped (distinct date ranges are the only way to make many). */
    static final int MAX_ENTRIES = 1000;

    @Inject
    HttpCaching caching;
    @ConfigProperty(name = "attache.cache.relations.max-age", defaultValue = "30s")
    Duration maxAge;

    private record Entry(HttpCaching.Rendered rendered, long startedNanos) {
    }

    private final ConcurrentHashMap<String, CompletableFuture<Entry>> entries = new ConcurrentHashMap<>();

    public Response ok(String key, Supplier<Object> view, String ifNoneMatch) {
        if (maxAge.isZero() || maxAge.isNegative()) {
            return caching.ok(view.get(), ifNoneMatch);
        }
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> existing = entries.putIfAbsent(key, mine);
            if (existing == null) {
                if (entries.size() > MAX_ENTRIES) {
                    entries.clear();
                }
                long started = System.nanoTime();
                try {
                    Entry entry = new Entry(caching.render(view.get()), started);
                    mine.complete(entry);
                    return caching.ok(entry.rendered(), ifNoneMatch, HttpCaching.MAX_AGE);
                } catch (RuntimeException e) {
                    entries.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            Entry entry;
            try {
                entry = existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (System.nanoTime() - entry.startedNanos() > maxAge.toNanos()) {
                entries.remove(key, existing);
                continue;
            }
            return caching.ok(entry.rendered(), ifNoneMatch, HttpCaching.MAX_AGE);
        }
    }

    /** The store changed: every view is read again when next asked for. */
    public void invalidate() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
