package io.attache.extraction.text;

import io.attache.extraction.model.Span;
import java.util.List;
import java.util.Set;

/**
 * The article as tokens and sentences. Sentence boundaries: a line break, or '.', '!', '?' followed by a space and a
 * capital/quote/digit, unless the period closes an abbreviation ("Lt.", "H.E.", "U.S.") or an initial ("J.").
 */
public final class Doc {
    /** Abbreviated given names (Filipino/Spanish "Ma." for María, English "Wm."), case-sensitive. */
    public static final Set<String> GIVEN_ABBREVIATIONS = Set.of("Ma", "Wm", "Jos", "Thos", "Chas", "Jas", "Fco");
    private static final Set<String> ABBREVIATIONS = io.attache.extraction.text.Words.set("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "snr",
            "sen", "lt", "lieut", "gen", "maj", "col", "brig", "adm", "capt", "cdr", "cmdr", "sgt", "gov", "rep", "amb",
            "hon", "no", "vs", "etc", "dept", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rt", "rev", "govt", "vice", "adm", "cpt", "lt-gen", "maj-gen",
            "pres", "sec", "min", "dep", "fm");

    public final String text;
    public final List<Token> tokens;
    /** sentence index of every token */
    public final int[] sentenceOf;
    /** token index where each sentence starts / ends (exclusive) */
    public final int[] sentTokStart;
    public final int[] sentTokEnd;

    public Doc(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        sentenceOf = new int[n];
        int[] starts = new int[n + 1];
        int count = 0;
        if (n > 0) {
            starts[count++] = 0;
        }
        for (int i = 1; i < n; i++) {
            if (isBoundaryBefore(i)) {
                starts[count++] = i;
            }
        }
        sentTokStart = new int[count];
        sentTokEnd = new int[count];
        for (int s = 0; s < count; s++) {
            sentTokStart[s] = starts[s];
            sentTokEnd[s] = s + 1 < count ? starts[s + 1] : n;
            for (int t = sentTokStart[s]; t < sentTokEnd[s]; t++) {
                sentenceOf[t] = s;
            }
        }
    }

    private boolean isBoundaryBefore(int i) {
        Token t = tokens.get(i);
        if (t.newlineBefore) {
            return true;
        }
        int p = i - 1;
        Token prev = tokens.get(p);
        // skip closing quotes/brackets after the terminator
        while (p > 0 && !prev.word && "\"”’)]".indexOf(prev.text.charAt(0)) >= 0) {
            prev = tokens.get(--p);
        }
        if (prev.word || prev.text.length() != 1 || ".!?".indexOf(prev.text.charAt(0)) < 0) {
            return false;
        }
        if (!t.spaceBefore && tokens.get(i - 1) == prev) {
            return false;
        }
        if (!(t.cap || t.hasDigit || (!t.word && "\"“‘(".indexOf(t.text.charAt(0)) >= 0))) {
            return false;
        }
        if (prev.isPunct('.') && p > 0) {
            Token w = tokens.get(p - 1);
            if (w.word && w.end == prev.start && (w.text.length() == 1 || ABBREVIATIONS.contains(w.fold))) {
                return false;
            }
            // "Ma. Teresa Villanueva": an abbreviated given name before two more capitalised name words
            if (w.word && w.end == prev.start && GIVEN_ABBREVIATIONS.contains(w.text) && t.word && t.cap
                    && i + 1 < tokens.size() && tokens.get(i + 1).word && tokens.get(i + 1).cap) {
                return false;
            }
        }
        return true;
    }

    public int sentenceCount() {
        return sentTokStart.length;
    }

    public int sentenceStartChar(int s) {
        return tokens.get(sentTokStart[s]).start;
    }

    public int sentenceEndChar(int s) {
        return tokens.get(sentTokEnd[s] - 1).end;
    }

    public Token tok(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Evidence span over tokens [from, to). */
    public Span spanTokens(int from, int to) {
        int s = tokens.get(from).start;
        int e = tokens.get(to - 1).end;
        int sent = sentenceOf[from];
        return new Span(s, e, text.substring(s, e), sentenceStartChar(sent), sentenceEndChar(sent));
    }

    public Span sentenceSpan(int sent) {
        int s = sentenceStartChar(sent);
        int e = sentenceEndChar(sent);
        return new Span(s, e, text.substring(s, e), s, e);
    }

    public String textOf(int from, int to) {
        return text.substring(tokens.get(from).start, tokens.get(to - 1).end);
    }

    /** Whether a period token at i closes an abbreviation or initial ("Gen.", "U.S.") rather than a sentence. */
    public boolean isAbbreviationPeriod(int i) {
        if (i <= 0 || !tokens.get(i).isPunct('.')) {
            return false;
        }
        Token w = tokens.get(i - 1);
        return w.word && w.end == tokens.get(i).start && (w.text.length() == 1 || ABBREVIATIONS.contains(w.fold));
    }
}
