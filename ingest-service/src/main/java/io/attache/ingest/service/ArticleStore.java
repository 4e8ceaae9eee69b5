package io.attache.ingest.service;

import io.agroal.api.AgroalDataSource;
import io.attache.contracts.ArticleSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;

/**
 * The article rows ingest-service writes: the pending row before publishing (so the id is known store-wide and a
 * repeat is recognised by the primary key, across instances), and the mark that the broker acknowledged it.
 */
@ApplicationScoped
public class ArticleStore {

    /** What the store knew of an article before this request: {@code created} if this request inserted it. */
    public record Known(boolean created, boolean queued, String status) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Known insertPending(ArticleSubmitted article) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into article (id, url, title, publisher, published_at, language, text, status, queued, received_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'pending', false, ?) on conflict (id) do nothing""")) {
                insert.setString(1, article.id());
                insert.setString(2, article.url());
                insert.setString(3, article.title());
                insert.setString(4, article.publisher());
                if (article.publishedAt() == null) {
                    insert.setNull(5, Types.DATE);
                } else {
                    insert.setDate(5, Date.valueOf(article.publishedAt()));
                }
                insert.setString(6, article.language());
                insert.setString(7, article.text());
                insert.setTimestamp(8, Timestamp.from(article.receivedAt()));
                if (insert.executeUpdate() == 1) {
                    return new Known(true, false, "pending");
                }
            }
            try (PreparedStatement select = c.prepareStatement("select queued, status from article where id = ?")) {
                select.setString(1, article.id());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new Known(false, rs.getBoolean(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("could not record the article: " + e.getMessage(), e);
        }
    }

    /**
     * Marks the articles the broker acknowledged, in one statement. A row entity-service has locked is skipped rather
     * than waited for: entity-service took it from the broker, so it marks it queued itself when it stores the outcome.
     */
    public void markQueued(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update article set queued = true where id in (
                            select id from article where id = any(?) and not queued for no key update skip locked)""")) {
            update.setArray(1, c.createArrayOf("text", ids.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            // the events are on the broker already; a repeat would only republish them, which processing tolerates
            throw new StoreUnavailableException("articles queued but not marked: " + e.getMessage(), e);
        }
    }
}
