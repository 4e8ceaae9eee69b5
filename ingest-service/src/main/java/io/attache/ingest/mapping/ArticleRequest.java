package io.attache.ingest.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/articles. Dates stay strings here so a bad one gets a precise error. */
@Schema(name = "ArticleRequest", description = "An article to ingest. Only text is required.")
public record ArticleRequest(
        @Schema(description = "Canonical URL; the article id is derived from it when present",
                examples = "https://news.example.org/2025/12/04/talks") String url,
        @Schema(examples = "Japan and Viet Nam hold first 2+2 consultation") String title,
        @Schema(examples = "Example News") String publisher,
        @Schema(description = "Publication date, YYYY-MM-DD or an ISO-8601 date-time; resolves relative dates in the text",
                examples = "2025-12-04") String publishedAt,
        @Schema(description = "ISO 639-1 code; defaults to en", examples = "en") String language,
        @Schema(required = true, description = "The article body, plain text",
                examples = "TOKYO, December 4 - Japan and Viet Nam held talks ...") String text) {
}
