package io.attache.evaluation;

/** A gold record with the text it describes. */
public record EvaluationCase(GoldArticle gold, String text) {
}
