package io.attache.entity.article;

import io.attache.contracts.ArticleSubmitted;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.time.Instant;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * The article row, locked for this transaction. Created if the event came from a producer that did not go
     * through ingest-service; concurrent deliveries of one article serialise on the row lock.
     */
    public Article lockOrCreate(ArticleSubmitted submitted) {
        getEntityManager().createNativeQuery("""
                insert into article (id, url, title, publisher, published_at, language, text, status, queued, received_at)
                values (:id, :url, :title, :publisher, :publishedAt, :language, :text, 'pending', true, :receivedAt)
                on conflict (id) do nothing""")
                .setParameter("id", submitted.id())
                .setParameter("url", submitted.url())
                .setParameter("title", submitted.title())
                .setParameter("publisher", submitted.publisher())
                .setParameter("publishedAt", submitted.publishedAt() == null ? null : Date.valueOf(submitted.publishedAt()))
                .setParameter("language", submitted.language())
                .setParameter("text", submitted.text())
                .setParameter("receivedAt", submitted.receivedAt() == null ? Instant.now() : submitted.receivedAt())
                // a native statement would first flush every article loaded earlier in the transaction (a group of up
                // to 50): it touches only this row, which none of them is
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        return findById(submitted.id(), LockModeType.PESSIMISTIC_WRITE);
    }
}
