package io.attache.extraction.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word tokens (letters/digits/combining marks) and single-character punctuation tokens. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        boolean space = true;
        boolean newline = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int s = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(out.size(), s, i, text.substring(s, i), true, space, newline));
            } else {
                out.add(new Token(out.size(), i, i + 1, String.valueOf(c), false, space, newline));
                i++;
            }
            space = false;
            newline = false;
        }
        return out;
    }

    /** Folded words of a phrase, tokenised exactly as article text is (gazetteer keys). */
    public static List<String> foldedWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(phrase)) {
            if (t.word) {
                out.add(t.fold);
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
