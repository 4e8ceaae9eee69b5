package io.attache.entity.resolution;

import java.time.LocalDate;

/** The article being resolved: its id and the date its facts were true ("seen"), for post and alias time bounds. */
public record ArticleContext(String articleId, LocalDate seenOn) {
}
