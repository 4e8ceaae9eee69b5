package io.attache.evaluation;

/**
 * One disagreement between gold and extraction.
 *
 * @param articleId the article
 * @param kind      what was compared
 * @param type      MISS (in gold, not extracted), EXTRA (extracted, not in gold) ERROR (the engine threw) or NOTE (informative, not counted)
 * @param what      a readable one-line description
 */
public record Finding(String articleId, Kind kind, Type type, String what) {
    public enum Type { MISS, EXTRA, ERROR, NOTE }
}
