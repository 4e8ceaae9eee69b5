package io.attache.extraction.gazetteer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names, variants and demonyms to ISO 3166-1 alpha-2. The base list is the JDK's (every ISO country with its
 * English name); countries.tsv adds variants ("Viet Nam", "ROK", "U.S.") and demonyms ("Vietnamese", "Filipino").
 */
public final class Countries {

    public record Hit(String code, boolean demonym) {
    }

    private static final Countries INSTANCE = new Countries();

    private final PhraseIndex<Hit> index = new PhraseIndex<>();
    private final Map<String, String> names = new HashMap<>();

    public static Countries get() {
        return INSTANCE;
    }

    private Countries() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            names.put(code, name);
            for (String v : jdkVariants(name)) {
                index.add(v, new Hit(code, false));
            }
        }
        for (String[] row : Resources.rows("countries.tsv")) {
            String code = row[0].strip();
            for (String v : Resources.list(Resources.cell(row, 1))) {
                index.add(stripArticle(v), new Hit(code, false));
            }
            for (String d : Resources.list(Resources.cell(row, 2))) {
                index.add(d, new Hit(code, true));
            }
        }
        names.put("VN", "Viet Nam");
    }

    private static String stripArticle(String v) {
        return v.startsWith("the ") ? v.substring(4) : v;
    }

    /** "Bosnia & Herzegovina" -> also "Bosnia and Herzegovina"; "Myanmar (Burma)" -> "Myanmar"; "Hong Kong SAR China". */
    private static java.util.List<String> jdkVariants(String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String n = name.replace(" SAR China", "");
        int paren = n.indexOf(" (");
        if (paren > 0) {
            out.add(n.substring(paren + 2, n.length() - 1));
            n = n.substring(0, paren);
        }
        if (n.contains(" - ")) {
            return out; // "Congo - Kinshasa": handled by the resource file
        }
        out.add(n);
        if (n.contains("&")) {
            out.add(n.replace("&", "and"));
        }
        if (n.startsWith("St. ")) {
            out.add("Saint " + n.substring(4));
        }
        return out;
    }

    public PhraseIndex<Hit> index() {
        return index;
    }

    /** English name of a code ("JP" -> "Japan"). */
    public String name(String code) {
        return names.get(code);
    }
}
