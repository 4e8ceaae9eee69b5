package io.attache.extraction.model;

import java.time.LocalDate;

/** What the engine reads. Only {@code text} is required; the rest sharpen dates, countries and sources. */
public record ArticleInput(String text, String title, String publisher, LocalDate publishedAt, String url) {

    public static ArticleInput of(String text, LocalDate publishedAt) {
        return new ArticleInput(text, null, null, publishedAt, null);
    }
}
