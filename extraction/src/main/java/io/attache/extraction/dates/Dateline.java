package io.attache.extraction.dates;

import io.attache.extraction.gazetteer.Places;
import io.attache.extraction.gazetteer.PhraseIndex;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.time.LocalDate;

/**
 * A news dateline at the start of a line in the article's first lines: "TOKYO —", "Tokyo, December 4 –",
 * "HANOI (VNA) -", "NEW DELHI, Dec 4 (Reuters) -". The part before the separating dash holds the city and maybe a date.
 */
public record Dateline(Places.City city, ResolvedDate date, int tokStart, int tokEnd) {

    private static final int MAX_LINES = 5;
    private static final int MAX_PREFIX_TOKENS = 16;

    public static Dateline find(Doc doc, LocalDate published) {
        int line = 0;
        int i = 0;
        int n = doc.size();
        while (i < n && line < MAX_LINES) {
            int lineStart = i;
            int lineEnd = i + 1;
            while (lineEnd < n && !doc.tok(lineEnd).newlineBefore) {
                lineEnd++;
            }
            Dateline d = inLine(doc, lineStart, lineEnd, published);
            if (d != null) {
                return d;
            }
            i = lineEnd;
            line++;
        }
        return null;
    }

    private static Dateline inLine(Doc doc, int from, int to, LocalDate published) {
        int limit = Math.min(to, from + MAX_PREFIX_TOKENS);
        for (int d = from + 1; d < limit; d++) {
            Token t = doc.tok(d);
            boolean separator = (t.isDash() && (t.spaceBefore || (d + 1 < to && doc.tok(d + 1).spaceBefore)
                    || t.text.equals("—")))
                    // "NEW DELHI: ..." (capitals before a colon)
                    || (t.isPunct(':') && d - 1 >= from && doc.tok(d - 1).allCaps);
            if (!separator) {
                continue;
            }
            Places.City city = null;
            for (int c = from; c < d && city == null; c++) {
                Token ct = doc.tok(c);
                if (!ct.word || !Character.isUpperCase(ct.text.charAt(0))) {
                    continue;
                }
                PhraseIndex.Match<Places.City> m = Places.get().cities().match(doc.tokens, c, true);
                if (m != null && m.end() <= d) {
                    Token after = doc.tok(m.end());
                    if (m.end() == d || after.isPunct(',') || after.isPunct('(') || after.word) {
                        city = m.value();
                    }
                }
            }
            if (city == null) {
                return null;
            }
            ResolvedDate date = DateResolver.firstDayOrMonth(doc, from, d, published);
            return new Dateline(city, date, from, d);
        }
        return null;
    }
}
