package io.attache.evaluation.corpus;

import io.attache.evaluation.GoldArticle;
import java.time.LocalDate;

/** One synthetic article with its known truth. */
public record GeneratedArticle(String id, String text, LocalDate publishedAt, String publisher, GoldArticle gold) {
}
