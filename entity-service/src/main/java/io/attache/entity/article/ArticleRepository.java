package io.attache.entity.article;

import io.attache.contracts.ArticleSubmitted;
import io.attache.entity.resolution.StoreSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {
    @Inject
    StoreSql sql;

    /**
     * {@link #lockOrCreate} for a group of articles in two statements: the missing rows inserted at once, then all rows
     * locked in id order (two transactions locking overlapping groups cannot deadlock).
     *
     * @return the locked articles by id
     */
    public Map<String, Article> lockOrCreateAll(List<ArticleSubmitted> group) {
        sql.execute("""
                insert into article (id, url, title, publisher, published_at, language, text, status, queued, received_at)
                select id, url, title, publisher, cast(published_at as date), language, text, 'pending', true,
                    cast(received_at as timestamptz)
                from unnest(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) as a(id, url, title, publisher, published_at, language, text,
                    received_at)
                order by id
                on conflict (id) do nothing""",
                column(group, ArticleSubmitted::id), column(group, ArticleSubmitted::url),
                column(group, ArticleSubmitted::title), column(group, ArticleSubmitted::publisher),
                column(group, a -> a.publishedAt() == null ? null : a.publishedAt().toString()),
                column(group, ArticleSubmitted::language), column(group, ArticleSubmitted::text),
                column(group, a -> (a.receivedAt() == null ? Instant.now() : a.receivedAt())
                        .truncatedTo(ChronoUnit.MICROS).toString()));
        List<String> ids = group.stream().map(ArticleSubmitted::id).distinct().sorted().toList();
        Map<String, Article> locked = new LinkedHashMap<>();
        getEntityManager().createQuery("from Article where id in :ids order by id", Article.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(a -> locked.put(a.id, a));
        return locked;
    }

    private static String[] column(List<ArticleSubmitted> group, java.util.function.Function<ArticleSubmitted, String> value) {
        return group.stream().map(value).toArray(String[]::new);
    }

    /**
     * The article row, locked for this transaction. Created if the event came from a producer that did not go
     * through ingest-service; concurrent deliveries of one article serialise on the row lock.
     */
    public Article lockOrCreate(ArticleSubmitted submitted) {
        return lockOrCreateAll(List.of(submitted)).get(submitted.id());
    }
}
