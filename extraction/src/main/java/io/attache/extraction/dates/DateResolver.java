package io.attache.extraction.dates;

import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads dates in a token range and resolves them against the publication date:
 * "December 4" / "4 December" / "Dec. 4, 2025" (missing year from the publication date; previous year if the result
 * would lie more than 60 days after publication), ISO "2025-12-04", "on Thursday" (the most recent Thursday on or
 * before publication, so a Thursday article's "on Thursday" is that day), "yesterday", "today", "last week",
 * "in April" (month precision), and bare years "in 2011" (year precision).
 */
public final class DateResolver {
    private DateResolver() {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    /** A month or weekday name (folded): the word after "on" in "on June 10", "on Tuesday". */
    public static boolean isMonthOrWeekday(String folded) {
        return MONTHS.containsKey(folded) || WEEKDAYS.containsKey(folded);
    }

    /** All dates in tokens [from, to), in text order. Year-only dates are included (precision YEAR). */
    public static List<ResolvedDate> findAll(Doc doc, int from, int to, LocalDate published) {
        List<ResolvedDate> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            ResolvedDate d = at(doc, i, to, published);
            if (d != null) {
                out.add(d);
                i = d.tokEnd();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The first day- or month-precision date in the range, or null. */
    public static ResolvedDate firstDayOrMonth(Doc doc, int from, int to, LocalDate published) {
        for (ResolvedDate d : findAll(doc, from, to, published)) {
            if (d.precision() != DatePrecision.YEAR) {
                return d;
            }
        }
        return null;
    }

    static ResolvedDate at(Doc doc, int i, int to, LocalDate pub) {
        Token t = doc.tok(i);
        if (!t.word) {
            return null;
        }
        // ISO 2025-12-04
        if (t.hasDigit && t.text.length() == 4 && isInt(t.text) && i + 4 < to && doc.tok(i + 1).isDash()
                && isInt(doc.tok(i + 2).text) && doc.tok(i + 3).isDash() && isInt(doc.tok(i + 4).text)
                && !doc.tok(i + 1).spaceBefore) {
            LocalDate d = safe(Integer.parseInt(t.text), Integer.parseInt(doc.tok(i + 2).text),
                    Integer.parseInt(doc.tok(i + 4).text));
            if (d != null) {
                return new ResolvedDate(d, DatePrecision.DAY, i, i + 5, false);
            }
        }
        Integer month = t.cap ? MONTHS.get(t.fold) : null;
        if (month != null && !(t.fold.equals("may") && !nextIsNumber(doc, i, to))) {
            int j = skipPeriod(doc, i + 1, to);
            Integer day = j < to ? dayNumber(doc.tok(j)) : null;
            if (day != null) {
                int end = j + 1;
                Integer year = null;
                int k = end;
                if (k < to && doc.tok(k).isPunct(',')) {
                    k++;
                }
                if (k < to && isYear(doc.tok(k))) {
                    year = Integer.parseInt(doc.tok(k).text);
                    end = k + 1;
                }
                return day(year, month, day, pub, i, end);
            }
            if (j < to && isYear(doc.tok(j))) {
                LocalDate d = safe(Integer.parseInt(doc.tok(j).text), month, 1);
                return d == null ? null : new ResolvedDate(d, DatePrecision.MONTH, i, j + 1, false);
            }
            if (pub != null && !t.fold.equals("may") && !t.fold.equals("mar")) {
                int year = pub.getYear();
                if (month > pub.getMonthValue() + 2) {
                    year--;
                }
                return new ResolvedDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, i, j, true);
            }
            return null;
        }
        Integer day = dayNumber(t);
        if (day != null && i + 1 < to) {
            int j = i + 1;
            if (doc.tok(j).is("of")) {
                j++;
            }
            Integer m = j < to && doc.tok(j).cap ? MONTHS.get(doc.tok(j).fold) : null;
            if (m != null) {
                int end = skipPeriod(doc, j + 1, to);
                Integer year = null;
                if (end < to && isYear(doc.tok(end))) {
                    year = Integer.parseInt(doc.tok(end).text);
                    end++;
                }
                return day(year, m, day, pub, i, end);
            }
        }
        if (isYear(t) && t.text.length() == 4) {
            int y = Integer.parseInt(t.text);
            if (y >= 1945 && y <= 2100) {
                return new ResolvedDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR, i, i + 1, false);
            }
        }
        if (pub == null) {
            return null;
        }
        DayOfWeek dow = t.cap ? WEEKDAYS.get(t.fold) : null;
        if (dow != null) {
            int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
            return new ResolvedDate(pub.minusDays(back), DatePrecision.DAY, i, i + 1, true);
        }
        switch (t.fold) {
            case "yesterday":
                return new ResolvedDate(pub.minusDays(1), DatePrecision.DAY, i, i + 1, true);
            case "today":
                return new ResolvedDate(pub, DatePrecision.DAY, i, i + 1, true);
            case "last":
            case "this":
                if (i + 1 < to) {
                    String n = doc.tok(i + 1).fold;
                    boolean last = t.fold.equals("last");
                    if (n.equals("week")) {
                        return new ResolvedDate(last ? pub.minusWeeks(1) : pub, DatePrecision.MONTH, i, i + 2, true);
                    }
                    if (n.equals("month")) {
                        LocalDate d = (last ? pub.minusMonths(1) : pub).withDayOfMonth(1);
                        return new ResolvedDate(d, DatePrecision.MONTH, i, i + 2, true);
                    }
                    if (n.equals("year")) {
                        LocalDate d = LocalDate.of(last ? pub.getYear() - 1 : pub.getYear(), 1, 1);
                        return new ResolvedDate(d, DatePrecision.YEAR, i, i + 2, true);
                    }
                    if (last && n.equals("night")) {
                        return new ResolvedDate(pub.minusDays(1), DatePrecision.DAY, i, i + 2, true);
                    }
                    if (!last && (n.equals("morning") || n.equals("afternoon") || n.equals("evening"))) {
                        return new ResolvedDate(pub, DatePrecision.DAY, i, i + 2, true);
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static ResolvedDate day(Integer year, int month, int day, LocalDate pub, int from, int to) {
        if (year != null) {
            LocalDate d = safe(year, month, day);
            return d == null ? null : new ResolvedDate(d, DatePrecision.DAY, from, to, false);
        }
        if (pub == null) {
            return null;
        }
        LocalDate d = safe(pub.getYear(), month, day);
        if (d == null) {
            return null;
        }
        if (d.isAfter(pub.plusDays(60))) {
            d = safe(pub.getYear() - 1, month, day);
        }
        return d == null ? null : new ResolvedDate(d, DatePrecision.DAY, from, to, true);
    }

    private static int skipPeriod(Doc doc, int j, int to) {
        return j < to && doc.tok(j).isPunct('.') ? j + 1 : j;
    }

    private static boolean nextIsNumber(Doc doc, int i, int to) {
        return i + 1 < to && dayNumber(doc.tok(i + 1)) != null;
    }

    /** "4", "04", "4th", "21st" -> day of month. */
    static Integer dayNumber(Token t) {
        if (!t.word || !t.hasDigit) {
            return null;
        }
        String s = t.fold;
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        String rest = s.substring(k);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) {
            return null;
        }
        int d = Integer.parseInt(s.substring(0, k));
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean isYear(Token t) {
        return t.word && t.text.length() == 4 && isInt(t.text) && t.text.charAt(0) >= '1' && t.text.charAt(0) <= '2';
    }

    private static boolean isInt(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
