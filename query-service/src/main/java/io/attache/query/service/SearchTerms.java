package io.attache.query.service;

import io.attache.extraction.text.Fold;
import java.util.Arrays;
import java.util.List;

/**
 * A search text as the store compares names: folded with the store's own rule (lower case, diacritics removed, đ → d)
 * and split into tokens, so that "Chiến", "chien" and "CHIEN" are one, and "Koji Kano" matches "KANO Koji".
 *
 * @param folded  the whole text folded, single-spaced ("koji kano")
 * @param tokens  its letter/digit tokens ("koji", "kano")
 * @param nameKey the tokens sorted and joined by '-' ("kano-koji"): the store's order-insensitive name key
 */
public record SearchTerms(String raw, String folded, List<String> tokens, String nameKey) {

    /** @return null when the text has no letter or digit to search for */
    public static SearchTerms parse(String raw) {
        String folded = Fold.fold(raw).trim().replaceAll("\\s+", " ");
        List<String> tokens = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).distinct()
                .toList();
        if (tokens.isEmpty()) {
            return null;
        }
        return new SearchTerms(raw, folded, tokens, tokens.stream().sorted().reduce((a, b) -> a + "-" + b).orElseThrow());
    }

    /** The characters that separate the words of a folded name: space and ASCII punctuation ("|" between spellings). */
    static final String WORD_START = "(^|[][ !\"#$%&'()*+,./:;<=>?@\\\\^_`{|}~-])";

    /**
     * PostgreSQL regular expression "a word starting with the token": the token at the start of the text or after a
     * space or ASCII punctuation. Written this way rather than with {@code \m} (start of a word) because pg_trgm can
     * extract from it the trigram of a word start (" li"), so the trigram index serves tokens of one or two letters
     * too; with {@code \m} such a search read every official. Tokens hold only letters and digits, so they need no
     * escaping.
     */
    public static String wordPrefix(String token) {
        return WORD_START + token;
    }

    /** LIKE pattern "contains the token"; tokens hold no LIKE wildcards. */
    public static String contains(String token) {
        return "%" + token + "%";
    }
}
