package io.attache.extraction.officials;

import io.attache.extraction.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical form of a printed title. Rules (each keeps the printed form alongside):
 * <ul>
 * <li>spelling: Defense -> Defence, curly apostrophes -> ', en/em dashes -> '-', Title Case with small connectors;</li>
 * <li>prefix hyphens: "Vice-Minister" -> "Vice Minister", "Vice-President" -> "Vice President"
 *     ("Director-General", "Secretary-General" keep theirs);</li>
 * <li>"Permanent Deputy Minister" -> "Standing Deputy Minister" (the two are translations of the same Vietnamese post;
 *     "Standing" is the form Vietnamese outlets use); "Permanent Secretary/Representative" are untouched;</li>
 * <li>portfolio before the head: "Deputy Foreign Minister" -> "Deputy Minister of Foreign Affairs",
 *     "Defence Minister" -> "Minister of Defence"; "Minister of National Defence" stays distinct;</li>
 * <li>"Minister for X" keeps "for" (Australian and Japanese usage; the organisation is still "Ministry of X").</li>
 * </ul>
 */
public final class TitleNormalizer {
    private TitleNormalizer() {
    }

    private static final Set<String> SMALL = io.attache.extraction.text.Words.set("of", "for", "the", "and", "to", "on", "in", "at", "a", "an");
    private static final Map<String, String> PORTFOLIO = Map.ofEntries(
            Map.entry("foreign", "Foreign Affairs"), Map.entry("defence", "Defence"), Map.entry("defense", "Defence"),
            Map.entry("finance", "Finance"), Map.entry("trade", "Trade"), Map.entry("home", "Home Affairs"),
            Map.entry("interior", "Interior"), Map.entry("justice", "Justice"), Map.entry("health", "Health"),
            Map.entry("education", "Education"), Map.entry("industry", "Industry"), Map.entry("energy", "Energy"),
            Map.entry("agriculture", "Agriculture"), Map.entry("transport", "Transport"),
            Map.entry("environment", "Environment"), Map.entry("economy", "Economy"),
            Map.entry("labour", "Labour"), Map.entry("labor", "Labour"), Map.entry("culture", "Culture"),
            Map.entry("tourism", "Tourism"), Map.entry("security", "Security"),
            Map.entry("commerce", "Commerce"), Map.entry("information", "Information"));
    private static final Pattern PREFIX_HYPHEN = Pattern.compile("\\b(Vice|Deputy|Under|Co|Acting)-(?=\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFENSE = Pattern.compile("\\b([Dd])efense\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Titles repeat across articles: memoise (bounded; cleared when full). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CANONICAL =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CANONICAL_ORG =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    public static String canonical(String printed) {
        String c = CANONICAL.get(printed);
        if (c == null) {
            c = computeCanonical(printed);
            if (CANONICAL.size() > CACHE_LIMIT) {
                CANONICAL.clear();
            }
            CANONICAL.put(printed, c);
        }
        return c;
    }

    private static String computeCanonical(String printed) {
        String s = printed.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-');
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        s = DEFENSE.matcher(s).replaceAll("$1efence");
        s = PREFIX_HYPHEN.matcher(s).replaceAll("$1 ");
        s = titleCase(s);
        s = s.replace("Permanent Deputy Minister", "Standing Deputy Minister")
                .replace("Permanent Vice Minister", "Standing Vice Minister")
                .replace("Vice Foreign Minister", "Vice Minister of Foreign Affairs");
        s = portfolioFirst(s);
        if (s.endsWith("Defence Secretary")) {
            s = s.substring(0, s.length() - "Defence Secretary".length()) + "Secretary of Defence";
        }
        return s;
    }

    /** "Deputy Foreign Minister" -> "Deputy Minister of Foreign Affairs" (only when "Minister" ends the title). */
    private static String portfolioFirst(String s) {
        String[] w = s.split(" ");
        int m = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("Minister")) {
                m = i;
            }
        }
        if (m < 1 || m != w.length - 1) {
            return s;
        }
        int p = m - 1;
        String portfolio = PORTFOLIO.get(w[p].toLowerCase(Locale.ROOT));
        if (portfolio == null && p >= 1 && w[p].equals("Affairs")) {
            // "External Affairs Minister", "Home Affairs Minister"
            p = m - 2;
            portfolio = w[p] + " Affairs";
        }
        if (portfolio == null) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p; i++) {
            b.append(w[i]).append(' ');
        }
        b.append("Minister of ").append(portfolio);
        return b.toString();
    }

    static String titleCase(String s) {
        String[] words = s.split(" ");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                b.append(' ');
            }
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0 && SMALL.contains(lower)) {
                b.append(lower);
            } else if (Character.isLowerCase(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            } else {
                b.append(w);
            }
        }
        return b.toString();
    }

    /**
     * Organisation a canonical title belongs to: "Minister of X (for Y)" -> "Ministry of X"; "Secretary of X" in the US
     * -> "Department of X"; "Cabinet Secretary" -> "Cabinet Secretariat"; otherwise the last organisation phrase
     * ("... of Japan's Liberal Democratic Party" -> "Liberal Democratic Party"); null if none.
     */
    public static String organization(String canonical, List<String> orgPhrases, String country) {
        String c = canonical;
        if (c.endsWith("Cabinet Secretary")) {
            return "Cabinet Secretariat";
        }
        int idx = c.indexOf("Minister of ");
        if (idx < 0) {
            idx = c.indexOf("Minister for ");
        }
        if (idx >= 0 && !c.contains("Prime Minister")) {
            String rest = c.substring(idx + "Minister of ".length() + (c.startsWith("for", idx + 9) ? 1 : 0));
            int cut = rest.indexOf(" for ");
            if (cut > 0) {
                rest = rest.substring(0, cut);
            }
            return "Ministry of " + rest;
        }
        if (!orgPhrases.isEmpty()) {
            return orgPhrases.get(orgPhrases.size() - 1);
        }
        if ("US".equals(country) || "PH".equals(country)) {
            // both governments are organised in departments headed by secretaries
            int s = c.indexOf("Secretary of ");
            if (s >= 0) {
                return "Department of " + c.substring(s + "Secretary of ".length());
            }
        }
        return null;
    }

    /** Canonical organisation spelling: Defense -> Defence, dashes, "Foreign Ministry" -> "Ministry of Foreign Affairs". */
    public static String canonicalOrg(String printed) {
        String c = CANONICAL_ORG.get(printed);
        if (c == null) {
            c = computeCanonicalOrg(printed);
            if (CANONICAL_ORG.size() > CACHE_LIMIT) {
                CANONICAL_ORG.clear();
            }
            CANONICAL_ORG.put(printed, c);
        }
        return c;
    }

    private static String computeCanonicalOrg(String printed) {
        String s = printed.replace('’', '\'').replace('–', '-').replace('—', '-');
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        s = DEFENSE.matcher(s).replaceAll("$1efence");
        s = titleCase(s);
        String[] w = s.split(" ");
        if (w.length == 2 && w[1].equals("Ministry")) {
            String p = PORTFOLIO.get(w[0].toLowerCase(Locale.ROOT));
            if (p != null) {
                return "Ministry of " + p;
            }
        }
        return s;
    }

    /** Splits "Deputy Prime Minister and Minister for Defence" into its posts. */
    static List<String> splitConjoined(String printed) {
        List<String> out = new ArrayList<>();
        String[] parts = printed.split(" and ");
        StringBuilder cur = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            String[] words = p.split(" ");
            String firstWord = Fold.fold(words[0]);
            // "... and Minister for Defence", "... and Defence Minister"
            boolean portfolioHead = words.length >= 2 && words.length <= 3
                    && io.attache.extraction.gazetteer.Lexicon.DOMAIN.contains(firstWord)
                    && io.attache.extraction.gazetteer.Lexicon.isHead(Fold.fold(words[words.length - 1]));
            if (io.attache.extraction.gazetteer.Lexicon.isHead(firstWord) || portfolioHead
                    || io.attache.extraction.gazetteer.Lexicon.MODIFIERS.contains(firstWord)) {
                out.add(cur.toString());
                cur = new StringBuilder(p);
            } else {
                cur.append(" and ").append(p);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
