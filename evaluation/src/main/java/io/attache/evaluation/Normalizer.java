package io.attache.evaluation;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Text normalisation used by the scorer. Deliberately small and generic: the scorer must not be smarter than a
 * reader comparing two spellings of the same thing.
 */
public final class Normalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");

    /** Words carrying no identity in an agreement subject. */
    private static final Set<String> SUBJECT_STOPWORDS = Set.of(
            "a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "between", "at", "by", "s",
            "cooperation", "co", "operation", "bilateral", "field", "fields", "area", "areas", "mutual", "regarding",
            "concerning", "two", "countries", "sides", "enhancing", "enhanced", "strengthening", "promoting",
            "memorandum", "understanding", "mou", "letter", "intent", "loi", "agreement", "joint", "statement",
            "plan", "action", "treaty", "protocol");

    private Normalizer() {
    }

    /** Lower case, diacritics removed, đ/Đ → d, ø → o, ł → l, ß → ss. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('Ø', 'O')
                .replace('ł', 'l').replace('Ł', 'L').replace("ß", "ss").replace('ı', 'i');
        t = MARKS.matcher(java.text.Normalizer.normalize(t, Form.NFD)).replaceAll("");
        return t.toLowerCase(Locale.ROOT);
    }

    /** Folded alphanumeric tokens, in order. */
    public static List<String> tokens(String s) {
        String f = APOSTROPHES.matcher(fold(s)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String t : NON_ALNUM.split(f)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Order-insensitive name key: folded tokens sorted and joined by '-'. "KANO Koji" → "kano-koji" = "Koji Kano". */
    public static String nameKey(String name) {
        List<String> t = tokens(name);
        t.sort(null);
        return String.join("-", t);
    }

    /**
     * Title normal form: folded lower case, punctuation and hyphens/dashes as spaces, "defense" → "defence",
     * "standing" → "permanent" (so "Standing Deputy Minister" = "Permanent Deputy Minister",
     * "Vice-Minister of Defense" = "Vice Minister of Defence").
     */
    public static String title(String s) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(s)) {
            switch (t) {
                case "defense" -> out.add("defence");
                case "standing" -> out.add("permanent");
                default -> out.add(t);
            }
        }
        return String.join(" ", out);
    }

    /** Rank normal form: the title normal form ("Senior Lieutenant General" → "senior lieutenant general"). */
    public static String rank(String s) {
        return title(s);
    }

    /** Content words of an agreement subject: folded tokens without generic words (see {@link #SUBJECT_STOPWORDS}). */
    public static Set<String> subjectTokens(String s) {
        Set<String> out = new TreeSet<>();
        for (String t : tokens(s == null ? "" : s.replace('-', ' '))) {
            if (!SUBJECT_STOPWORDS.contains(t)) {
                out.add(t.equals("defense") ? "defence" : t);
            }
        }
        return out;
    }

    public static Set<String> upperSet(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        if (codes != null) {
            for (String c : codes) {
                if (c != null && !c.isBlank()) {
                    out.add(c.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    public static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
