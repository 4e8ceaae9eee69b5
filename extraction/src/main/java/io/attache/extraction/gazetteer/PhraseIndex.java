package io.attache.extraction.gazetteer;

import io.attache.extraction.text.Token;
import io.attache.extraction.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word gazetteer lookup: a hash map from folded word n-grams ("viet nam", "u s") to values, matched longest-first
 * at a token position. Words of an entry may be separated in the text by spaces or by one '.', '-', '–' or apostrophe,
 * so "U.S.", "Việt Nam" and "search-and-rescue" all hit their entries. No regex per entry: cost is O(maxWords) lookups.
 */
public final class PhraseIndex<V> {

    public record Entry<V>(V value, boolean acronym, int words) {
    }

    public record Match<V>(int start, int end, V value) {
    }

    private final Map<String, Entry<V>> map = new HashMap<>();
    /** every proper word-prefix of an entry ("south", "south china"): lets a match stop at the first dead end */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private int maxWords = 1;

    public void add(String phrase, V value) {
        List<String> words = Tokenizer.foldedWords(phrase);
        if (words.isEmpty()) {
            return;
        }
        String key = String.join(" ", words);
        for (int k = 1; k < words.size(); k++) {
            prefixes.add(String.join(" ", words.subList(0, k)));
        }
        boolean acronym = isAcronym(phrase);
        Entry<V> old = map.get(key);
        // a non-acronym spelling wins over an acronym with the same letters ("Quad" vs "QUAD")
        if (old == null || (old.acronym && !acronym)) {
            map.put(key, new Entry<>(value, acronym, words.size()));
        }
        maxWords = Math.max(maxWords, words.size());
    }

    public boolean containsKey(String foldedKey) {
        return map.containsKey(foldedKey);
    }

    public V get(String foldedKey) {
        Entry<V> e = map.get(foldedKey);
        return e == null ? null : e.value;
    }

    private static boolean isAcronym(String phrase) {
        int letters = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 1 && letters <= 6;
    }

    /**
     * Longest entry starting at token i.
     *
     * @param requireCap the first word must be capitalised (proper-noun gazetteers: countries, cities)
     */
    public Match<V> match(List<Token> toks, int i, boolean requireCap) {
        Token first = toks.get(i);
        if (!first.word || (requireCap && !first.cap)) {
            return null;
        }
        // fast path: most tokens start no entry (the token's folded string caches its hash)
        boolean isPrefix = prefixes.contains(first.fold);
        Entry<V> single = map.get(first.fold);
        if (!isPrefix) {
            return single != null && (!single.acronym || allUpper(toks, i, i)) ? new Match<>(i, i + 1, single.value)
                    : null;
        }
        StringBuilder key = new StringBuilder(first.fold);
        Match<V> best = null;
        int j = i;
        for (int w = 1; w <= maxWords; w++) {
            if (w > 1) {
                int next = nextJoinedWord(toks, j);
                if (next < 0) {
                    break;
                }
                j = next;
                key.append(' ').append(toks.get(j).fold);
            }
            String k = w == 1 ? first.fold : key.toString();
            Entry<V> e = map.get(k);
            if (e != null && (!e.acronym || allUpper(toks, i, j))) {
                best = new Match<>(i, j + 1, e.value);
            }
            if (!prefixes.contains(k)) {
                break;
            }
        }
        return best;
    }

    private static boolean allUpper(List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = toks.get(k);
            if (t.word) {
                for (int c = 0; c < t.text.length(); c++) {
                    if (Character.isLetter(t.text.charAt(c)) && !Character.isUpperCase(t.text.charAt(c))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The next word token joined to word j by whitespace or one joining punctuation mark; -1 if none. */
    static int nextJoinedWord(List<Token> toks, int j) {
        int k = j + 1;
        if (k >= toks.size()) {
            return -1;
        }
        Token t = toks.get(k);
        if (t.newlineBefore) {
            return -1;
        }
        if (t.word) {
            return k;
        }
        if (t.isPunct('.') || t.isDash() || t.isApostrophe() || t.isPunct('&')) {
            if (k + 1 < toks.size()) {
                Token u = toks.get(k + 1);
                if (u.word && !u.newlineBefore && (!t.isDash() || !u.spaceBefore || !t.spaceBefore)) {
                    return k + 1;
                }
            }
        }
        return -1;
    }
}
