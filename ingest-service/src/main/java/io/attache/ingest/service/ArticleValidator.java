package io.attache.ingest.service;

import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.Problem.FieldError;
import io.attache.ingest.mapping.ArticleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns a request into the article event, or says precisely what is wrong with it. */
@ApplicationScoped
public class ArticleValidator {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final int MAX_SHORT_FIELD = 2_000;

    @ConfigProperty(name = "attache.ingest.max-article-bytes")
    long maxArticleBytes;

    /** @param field the request path of the article, "" for a single article, "articles[3]." in a batch */
    public List<FieldError> check(ArticleRequest request, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError(field.isEmpty() ? "body" : field.substring(0, field.length() - 1),
                    "an article object is required"));
            return errors;
        }
        if (request.text() == null) {
            errors.add(new FieldError(field + "text", "is required"));
        } else if (request.text().isBlank()) {
            errors.add(new FieldError(field + "text", "must not be blank"));
        } else if (request.text().getBytes(StandardCharsets.UTF_8).length > maxArticleBytes) {
            throw new PayloadTooLargeException("%stext is %d bytes; the limit is %d bytes".formatted(field,
                    request.text().getBytes(StandardCharsets.UTF_8).length, maxArticleBytes));
        }
        if (request.url() != null && !request.url().isBlank()) {
            try {
                ArticleIdentity.normaliseUrl(request.url());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + "url", "'" + request.url() + "' is " + e.getMessage()));
            }
        }
        if (request.publishedAt() != null && parseDate(request.publishedAt()) == null) {
            errors.add(new FieldError(field + "publishedAt", "'" + request.publishedAt()
                    + "' is not a date; expected YYYY-MM-DD or an ISO-8601 date-time such as 2025-12-04T09:30:00Z"));
        }
        if (request.language() != null && !LANGUAGE.matcher(request.language()).matches()) {
            errors.add(new FieldError(field + "language", "'" + request.language()
                    + "' is not a language code; expected ISO 639-1 such as en"));
        }
        checkLength(errors, field + "title", request.title());
        checkLength(errors, field + "publisher", request.publisher());
        checkLength(errors, field + "url", request.url());
        return errors;
    }

    /** The event for a request that {@link #check} accepted. */
    public ArticleSubmitted toEvent(ArticleRequest request, Instant receivedAt) {
        String url = blankToNull(request.url());
        return new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION,
                ArticleIdentity.idFor(url, request.text()),
                url,
                blankToNull(request.title()),
                blankToNull(request.publisher()),
                request.publishedAt() == null ? null : parseDate(request.publishedAt()),
                request.language() == null ? "en" : request.language().toLowerCase(Locale.ROOT),
                request.text(),
                receivedAt);
    }

    static LocalDate parseDate(String value) {
        String v = value.trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notADateTime) {
                try {
                    return java.time.LocalDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException notALocalDateTime) {
                    return null;
                }
            }
        }
    }

    private static void checkLength(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_SHORT_FIELD) {
            errors.add(new FieldError(field, "is longer than " + MAX_SHORT_FIELD + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
