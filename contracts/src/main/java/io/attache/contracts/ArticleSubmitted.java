package io.attache.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** Data of an {@link EventTypes#ARTICLE_SUBMITTED} event on {@link Topics#ARTICLES}. */
public record ArticleSubmitted(
        int schemaVersion,
        String id,
        String url,
        String title,
        String publisher,
        LocalDate publishedAt,
        String language,
        String text,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
