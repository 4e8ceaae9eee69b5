package io.attache.extraction.text;

/**
 * A word or a single punctuation character with its offsets. {@code fold} is the ASCII-folded lower-case form used for
 * every lookup; {@code spaceBefore}/{@code newlineBefore} let rules tell "Japan-Việt" (joined) from "Japan – " (separated).
 */
public final class Token {
    public final int index;
    public final int start;
    public final int end;
    public final String text;
    public final String fold;
    public final boolean word;
    public final boolean cap;
    public final boolean allCaps;
    public final boolean hasDigit;
    public final boolean spaceBefore;
    public final boolean newlineBefore;

    Token(int index, int start, int end, String text, boolean word, boolean spaceBefore, boolean newlineBefore) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.fold = Fold.fold(text);
        this.word = word;
        this.spaceBefore = spaceBefore;
        this.newlineBefore = newlineBefore;
        boolean digit = false;
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        this.hasDigit = digit;
        this.cap = word && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        this.allCaps = word && letters >= 2 && upper == letters;
    }

    public boolean is(String folded) {
        return fold.equals(folded);
    }

    public boolean isPunct(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    /** Hyphen or dash of any kind. */
    public boolean isDash() {
        if (word || text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        return c == '-' || c == '–' || c == '—' || c == '‐' || c == '‑';
    }

    public boolean isApostrophe() {
        return !word && text.length() == 1 && (text.charAt(0) == '\'' || text.charAt(0) == '’');
    }

    @Override
    public String toString() {
        return text;
    }
}
