package io.attache.extraction.model;

/**
 * Evidence: a character range [start, end) of the article text, its surface text, and the
 * range of the sentence it sits in (so a reader can be shown the whole sentence).
 */
public record Span(int start, int end, String text, int sentenceStart, int sentenceEnd) {
}
