package io.attache.evaluation;

import io.attache.evaluation.GoldArticle.GoldAgreement;
import io.attache.evaluation.GoldArticle.GoldEvent;
import io.attache.evaluation.GoldArticle.GoldOfficial;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Title;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one extraction result with its gold record. Matching is one-to-one (an extracted item can satisfy at most
 * one gold item) and greedy in gold order, preferring the closest candidate. The rules (see docs/evaluation.md):
 * <ul>
 *   <li><b>officials</b>: same order-insensitive folded name key ({@link Normalizer#nameKey}) and the same country.</li>
 *   <li><b>titles</b>: for each matched official, every gold title must equal (after {@link Normalizer#title}) the
 *       canonical or the printed form of one extracted title; extracted titles matching no gold title are extras.</li>
 *   <li><b>ranks</b>: for each matched official, the gold rank (canonical) must equal the extracted canonical rank;
 *       an extracted rank where gold has none, or a different one, is an extra.</li>
 *   <li><b>countries</b>: set of (event parties ∪ official countries) in gold vs in the extraction.</li>
 *   <li><b>events</b>: compatible kind, same date (gold date is a prefix of the extracted ISO date; a gold event without
 *       date accepts any), same set of parties. City is not required; a wrong city is reported as a note.</li>
 *   <li><b>main-events</b>: the same rule restricted to gold events with main=true vs extracted events with main=true.</li>
 *   <li><b>agreements</b>: same kind, same set of parties, at least one shared content word of the subject
 *       ({@link Normalizer#subjectTokens}; both empty also agrees), same status.</li>
 * </ul>
 */
public final class Scorer {

    /** Kinds of meeting a reader may legitimately call by one another's name. */
    private static final List<Set<String>> COMPATIBLE_KINDS = List.of(
            Set.of("talks", "consultation", "dialogue", "meeting", "visit"),
            Set.of("summit", "conference", "meeting"));

    private Scorer() {
    }

    public static ArticleScore score(GoldArticle gold, ExtractionResult result) {
        return score(gold, result, 0L);
    }

    public static ArticleScore score(GoldArticle gold, ExtractionResult result, long extractionNanos) {
        Map<Kind, Counts> counts = ArticleScore.emptyCounts();
        List<Finding> findings = new ArrayList<>();
        List<ArticleScore.Pairing> pairings = new ArrayList<>();
        String id = gold.id();
        scoreOfficials(id, gold.officials(), nn(result.officials()), counts, findings, pairings);
        scoreCountries(id, gold, result, counts.get(Kind.COUNTRIES), findings);
        List<ExtractedEvent> events = nn(result.events());
        scoreEvents(id, Kind.EVENTS, gold.events(), events, counts.get(Kind.EVENTS), findings, pairings);
        scoreEvents(id, Kind.MAIN_EVENTS, gold.events().stream().filter(GoldEvent::main).toList(),
                events.stream().filter(ExtractedEvent::main).toList(), counts.get(Kind.MAIN_EVENTS), findings,
                new ArrayList<>());
        scoreAgreements(id, gold.agreements(), nn(result.agreements()), counts.get(Kind.AGREEMENTS), findings, pairings);
        return new ArticleScore(id, counts, List.copyOf(findings), extractionNanos, List.copyOf(pairings));
    }

    /** Every gold item becomes a miss: used when the engine failed on the article. */
    public static ArticleScore failed(GoldArticle gold, Throwable error) {
        ArticleScore s = score(gold, new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        List<Finding> f = new ArrayList<>();
        f.add(new Finding(gold.id(), Kind.OFFICIALS, Finding.Type.ERROR, "engine failed: " + error));
        f.addAll(s.findings());
        return new ArticleScore(s.articleId(), s.counts(), List.copyOf(f), 0L, List.of());
    }

    // ---------------------------------------------------------------- officials, titles, ranks

    static boolean officialMatches(GoldOfficial g, ExtractedOfficial e) {
        if (!Objects.equals(Normalizer.upper(g.country()), Normalizer.upper(e.country()))) {
            return false;
        }
        return nameMatches(g, e);
    }

    private static boolean nameMatches(GoldOfficial g, ExtractedOfficial e) {
        String key = Normalizer.nameKey(g.name());
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(Normalizer.nameKey(e.name()))
                || key.equals(Normalizer.nameKey(e.displayName()))
                || (e.nameKey() != null && key.equals(Normalizer.nameKey(e.nameKey().replace('-', ' '))));
    }

    private static void scoreOfficials(String id, List<GoldOfficial> gold, List<ExtractedOfficial> extracted,
            Map<Kind, Counts> counts, List<Finding> findings, List<ArticleScore.Pairing> pairings) {
        Counts oc = counts.get(Kind.OFFICIALS);
        Set<Integer> used = new HashSet<>();
        for (GoldOfficial g : gold) {
            int match = -1;
            for (int i = 0; i < extracted.size(); i++) {
                if (!used.contains(i) && officialMatches(g, extracted.get(i))) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                oc.fn();
                String hint = "";
                for (ExtractedOfficial e : extracted) {
                    if (nameMatches(g, e)) {
                        hint = "  (extracted with country " + e.country() + ")";
                        break;
                    }
                }
                findings.add(new Finding(id, Kind.OFFICIALS, Finding.Type.MISS, describe(g) + hint));
                // titles and ranks are scored on matched officials only: detection is measured by "officials"
                continue;
            }
            used.add(match);
            oc.tp();
            ExtractedOfficial e = extracted.get(match);
            pairings.add(new ArticleScore.Pairing(Kind.OFFICIALS, g.key(), e.localId()));
            scoreTitles(id, g, e, counts.get(Kind.TITLES), findings);
            scoreRank(id, g, e, counts.get(Kind.RANKS), findings);
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                oc.fp();
                findings.add(new Finding(id, Kind.OFFICIALS, Finding.Type.EXTRA, describe(extracted.get(i))));
            }
        }
    }

    private static void scoreTitles(String id, GoldOfficial g, ExtractedOfficial e, Counts c, List<Finding> findings) {
        List<Title> titles = nn(e.titles());
        Set<Integer> used = new HashSet<>();
        for (String gt : g.titles()) {
            String norm = Normalizer.title(gt);
            int match = -1;
            for (int i = 0; i < titles.size(); i++) {
                Title t = titles.get(i);
                if (!used.contains(i) && (norm.equals(Normalizer.title(t.canonical())) || norm.equals(Normalizer.title(t.printed())))) {
                    match = i;
                    break;
                }
            }
            if (match >= 0) {
                used.add(match);
                c.tp();
            } else {
                c.fn();
                findings.add(new Finding(id, Kind.TITLES, Finding.Type.MISS, g.name() + ": \"" + gt + "\"  (extracted: "
                        + titles.stream().map(t -> "\"" + t.printed() + "\"").toList() + ")"));
            }
        }
        for (int i = 0; i < titles.size(); i++) {
            if (!used.contains(i)) {
                c.fp();
                Title t = titles.get(i);
                findings.add(new Finding(id, Kind.TITLES, Finding.Type.EXTRA, g.name() + ": \"" + t.printed()
                        + "\" (canonical \"" + t.canonical() + "\")"));
            }
        }
    }

    private static void scoreRank(String id, GoldOfficial g, ExtractedOfficial e, Counts c, List<Finding> findings) {
        boolean goldHas = g.rank() != null && !g.rank().isBlank();
        boolean extHas = e.rank() != null && !e.rank().isBlank();
        if (goldHas && extHas && Normalizer.rank(g.rank()).equals(Normalizer.rank(e.rank()))) {
            c.tp();
            return;
        }
        if (goldHas) {
            c.fn();
            findings.add(new Finding(id, Kind.RANKS, Finding.Type.MISS, g.name() + ": " + g.rank()));
        }
        if (extHas) {
            c.fp();
            findings.add(new Finding(id, Kind.RANKS, Finding.Type.EXTRA, g.name() + ": " + e.rank()
                    + (e.printedRank() != null ? " (printed \"" + e.printedRank() + "\")" : "")));
        }
    }

    // ---------------------------------------------------------------- countries

    private static void scoreCountries(String id, GoldArticle gold, ExtractionResult result, Counts c, List<Finding> findings) {
        Set<String> g = new TreeSet<>();
        gold.events().forEach(ev -> g.addAll(Normalizer.upperSet(ev.parties())));
        gold.officials().forEach(o -> add(g, Normalizer.upper(o.country())));
        Set<String> x = new TreeSet<>();
        nn(result.events()).forEach(ev -> x.addAll(Normalizer.upperSet(ev.parties())));
        nn(result.officials()).forEach(o -> add(x, Normalizer.upper(o.country())));
        for (String code : g) {
            if (x.contains(code)) {
                c.tp();
            } else {
                c.fn();
                findings.add(new Finding(id, Kind.COUNTRIES, Finding.Type.MISS, code));
            }
        }
        for (String code : x) {
            if (!g.contains(code)) {
                c.fp();
                findings.add(new Finding(id, Kind.COUNTRIES, Finding.Type.EXTRA, code));
            }
        }
    }

    // ---------------------------------------------------------------- events

    static boolean kindsCompatible(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = Normalizer.fold(a).replace(' ', '_');
        String y = Normalizer.fold(b).replace(' ', '_');
        if (x.equals(y)) {
            return true;
        }
        for (Set<String> group : COMPATIBLE_KINDS) {
            if (group.contains(x) && group.contains(y)) {
                return true;
            }
        }
        return false;
    }

    static boolean eventMatches(GoldEvent g, ExtractedEvent e) {
        if (!kindsCompatible(g.kind(), e.kind())) {
            return false;
        }
        if (g.date() != null && !g.date().isBlank()) {
            if (e.date() == null || !e.date().toString().startsWith(g.date().trim())) {
                return false;
            }
        }
        return Normalizer.upperSet(g.parties()).equals(Normalizer.upperSet(e.parties()));
    }

    /** Higher is closer: exact kind, then same city. */
    private static int eventCloseness(GoldEvent g, ExtractedEvent e) {
        int s = 0;
        if (Normalizer.fold(g.kind()).equals(Normalizer.fold(e.kind()))) {
            s += 2;
        }
        if (g.city() != null && Normalizer.fold(g.city()).equals(Normalizer.fold(e.city()))) {
            s += 1;
        }
        if (g.main() == e.main()) {
            s += 1;
        }
        return s;
    }

    private static void scoreEvents(String id, Kind kind, List<GoldEvent> gold, List<ExtractedEvent> extracted, Counts c,
            List<Finding> findings, List<ArticleScore.Pairing> pairings) {
        Set<Integer> used = new HashSet<>();
        for (GoldEvent g : gold) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < extracted.size(); i++) {
                if (used.contains(i) || !eventMatches(g, extracted.get(i))) {
                    continue;
                }
                int s = eventCloseness(g, extracted.get(i));
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) {
                c.fn();
                findings.add(new Finding(id, kind, Finding.Type.MISS, describe(g)));
            } else {
                used.add(best);
                c.tp();
                ExtractedEvent e = extracted.get(best);
                pairings.add(new ArticleScore.Pairing(kind, g.key(), e.localId()));
                if (kind == Kind.EVENTS && g.city() != null && !Normalizer.fold(g.city()).equals(Normalizer.fold(e.city()))) {
                    // not counted: the city is optional for matching, but worth seeing
                    findings.add(new Finding(id, kind, Finding.Type.NOTE, "city of " + describe(g)
                            + " extracted as " + e.city()));
                }
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                c.fp();
                findings.add(new Finding(id, kind, Finding.Type.EXTRA, describe(extracted.get(i))));
            }
        }
    }

    // ---------------------------------------------------------------- agreements

    static boolean agreementMatches(GoldAgreement g, ExtractedAgreement e) {
        if (g.kind() == null || e.kind() == null || !Normalizer.fold(g.kind()).equals(Normalizer.fold(e.kind()))) {
            return false;
        }
        if (!Normalizer.upperSet(g.parties()).equals(Normalizer.upperSet(e.parties()))) {
            return false;
        }
        if (!Objects.equals(Normalizer.fold(g.status()), Normalizer.fold(e.status()))) {
            return false;
        }
        return subjectOverlap(g, e) >= 0;
    }

    /** Shared content words of the subjects; -1 when they share none (and are not both empty). */
    static int subjectOverlap(GoldAgreement g, ExtractedAgreement e) {
        Set<String> gs = Normalizer.subjectTokens(g.titleOrSubject());
        Set<String> es = new LinkedHashSet<>(Normalizer.subjectTokens(e.subject()));
        es.addAll(Normalizer.subjectTokens(e.subjectKey()));
        if (gs.isEmpty() && es.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String t : gs) {
            if (es.contains(t)) {
                n++;
            }
        }
        return n == 0 ? -1 : n;
    }

    private static void scoreAgreements(String id, List<GoldAgreement> gold, List<ExtractedAgreement> extracted, Counts c,
            List<Finding> findings, List<ArticleScore.Pairing> pairings) {
        Set<Integer> used = new HashSet<>();
        for (GoldAgreement g : gold) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < extracted.size(); i++) {
                if (used.contains(i) || !agreementMatches(g, extracted.get(i))) {
                    continue;
                }
                int s = subjectOverlap(g, extracted.get(i));
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) {
                c.fn();
                findings.add(new Finding(id, Kind.AGREEMENTS, Finding.Type.MISS, describe(g)));
            } else {
                used.add(best);
                c.tp();
                pairings.add(new ArticleScore.Pairing(Kind.AGREEMENTS, g.key(), extracted.get(best).localId()));
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                c.fp();
                findings.add(new Finding(id, Kind.AGREEMENTS, Finding.Type.EXTRA, describe(extracted.get(i))));
            }
        }
    }

    // ---------------------------------------------------------------- descriptions

    static String describe(GoldOfficial g) {
        return g.name() + " [" + g.country() + "]" + (g.rank() != null ? " " + g.rank() : "")
                + (g.titles().isEmpty() ? "" : " — " + String.join("; ", g.titles()));
    }

    static String describe(ExtractedOfficial e) {
        String titles = nn(e.titles()).stream().map(Title::printed).filter(Objects::nonNull).reduce((a, b) -> a + "; " + b).orElse("");
        return e.name() + " [" + e.country() + "]" + (e.rank() != null ? " " + e.rank() : "")
                + (titles.isEmpty() ? "" : " — " + titles);
    }

    static String describe(GoldEvent g) {
        return g.kind() + " " + g.date() + " " + (g.city() == null ? "-" : g.city()) + " "
                + String.join("+", Normalizer.upperSet(g.parties())) + (g.main() ? " (main)" : "");
    }

    static String describe(ExtractedEvent e) {
        return e.kind() + " " + e.date() + " " + (e.city() == null ? "-" : e.city()) + " "
                + String.join("+", Normalizer.upperSet(e.parties())) + (e.main() ? " (main)" : "");
    }

    static String describe(GoldAgreement g) {
        return g.kind() + " \"" + g.titleOrSubject() + "\" " + String.join("+", Normalizer.upperSet(g.parties()))
                + " " + g.status();
    }

    static String describe(ExtractedAgreement e) {
        return e.kind() + " \"" + e.subject() + "\" " + String.join("+", Normalizer.upperSet(e.parties())) + " " + e.status();
    }

    private static void add(Set<String> s, String v) {
        if (v != null) {
            s.add(v);
        }
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }
}
