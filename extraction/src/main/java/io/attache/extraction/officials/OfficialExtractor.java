package io.attache.extraction.officials;

import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Annotations.Claim;
import io.attache.extraction.model.Title;
import io.attache.extraction.names.NameParser;
import io.attache.extraction.names.NameStyle;
import io.attache.extraction.names.PersonName;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds officials: name runs with an official title, a military rank or "H.E." around them, grouped by their
 * order-insensitive name key; then gives each a country and folds short back-references ("Chiến", "Mr Kano",
 * "Gen. Chien") into the full name they refer to. A bare name that matches no official creates nothing.
 */
public final class OfficialExtractor {
    private OfficialExtractor() {
    }

    private static final Set<String> CUE_AFTER = io.attache.extraction.text.Words.set("delegation", "side", "team", "represented", "was", "were",
            "included", "includes", "comprised", "led", "headed", "counterpart", "counterparts", "officials");
    private static final Set<String> CUE_BEFORE = io.attache.extraction.text.Words.set("representing", "for", "from",
            "represented", "represent", "represents");

    /**
     * @param datelineCountry country of the dateline city, the last-resort country for officials with no other cue
     *                        (press releases are issued by the host government)
     */
    public static List<OfficialDraft> extract(Doc doc, Annotations ann, String datelineCountry) {
        List<NameRun> runs = NameRunFinder.find(doc, ann);
        for (NameRun r : runs) {
            TitleReader.read(doc, ann, r);
        }
        // group multi-unit runs by name key; a group is an official if any of its mentions has official context
        Map<String, List<NameRun>> groups = new LinkedHashMap<>();
        List<NameRun> singles = new ArrayList<>();
        for (NameRun r : runs) {
            if (r.units.size() >= 2) {
                groups.computeIfAbsent(NameParser.key(r.units), k -> new ArrayList<>()).add(r);
            } else {
                singles.add(r);
            }
        }
        List<OfficialDraft> drafts = new ArrayList<>();
        for (List<NameRun> g : groups.values()) {
            if (!isOfficial(g)) {
                continue;
            }
            drafts.add(build(doc, g));
        }
        // a one-word name introduced with a title and a country ("Indonesian Foreign Minister Sugiono") is a mononym
        for (NameRun r : singles) {
            if (r.titleCountry == null || !hasOfficialTitle(List.of(r)) || matchesAny(drafts, r)) {
                continue;
            }
            OfficialDraft d = build(doc, List.of(r));
            r.used = true;
            drafts.add(d);
        }
        drafts.sort(java.util.Comparator.comparingInt(d -> d.firstToken));
        speechCues(doc, ann, drafts, runs);
        assignCountries(doc, ann, drafts, datelineCountry);
        for (OfficialDraft d : drafts) {
            // re-parse with the country known: name order depends on it
            d.name = NameParser.parse(List.of(d.name.printed().split(" ")), d.country);
            d.refreshOrganization();
        }
        ShortReferences.attach(doc, ann, drafts, singles, runs);
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).localId = "P" + (i + 1);
        }
        return drafts;
    }

    private static boolean isOfficial(List<NameRun> g) {
        boolean official = false;
        boolean nonOfficial = false;
        for (NameRun r : g) {
            for (NameRun.TitleRead t : r.titles) {
                if (t.official()) {
                    official = true;
                }
            }
            if (r.rank != null || r.excellency) {
                official = true;
            }
            if (r.nonOfficialContext && r.titles.isEmpty()) {
                nonOfficial = true;
            }
        }
        return official && !(nonOfficial && !hasOfficialTitle(g));
    }

    private static boolean matchesAny(List<OfficialDraft> drafts, NameRun r) {
        String f = io.attache.extraction.text.Fold.fold(r.units.get(0));
        for (OfficialDraft d : drafts) {
            if (d.name.parts().contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOfficialTitle(List<NameRun> g) {
        for (NameRun r : g) {
            for (NameRun.TitleRead t : r.titles) {
                if (t.official()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static OfficialDraft build(Doc doc, List<NameRun> g) {
        OfficialDraft d = new OfficialDraft();
        NameRun fullest = g.get(0);
        for (NameRun r : g) {
            if (r.units.size() > fullest.units.size()) {
                fullest = r;
            }
        }
        d.name = NameParser.parse(fullest.units, null);
        d.firstToken = g.get(0).start;
        Map<String, Title> titles = new LinkedHashMap<>();
        for (NameRun r : g) {
            d.mentionTokens.add(new int[] {r.start, r.end});
            d.mentions.add(doc.spanTokens(r.start, r.end));
            d.contextTokens.add(new int[] {r.ctxStart, r.ctxEnd});
            if (d.rank == null && r.rank != null) {
                d.rank = r.rank;
                d.printedRank = r.printedRank;
            }
            if (d.country == null && r.titleCountry != null) {
                d.country = r.titleCountry;
            }
            if (d.awayFrom == null && r.awayFrom != null) {
                d.awayFrom = r.awayFrom;
            }
            for (NameRun.TitleRead t : r.titles) {
                // "his Russian counterpart": proof of office, but not the name of a post
                if (t.official() && !t.canonical().toLowerCase(java.util.Locale.ROOT).startsWith("counterpart")) {
                    titles.putIfAbsent(t.canonical(), new Title(t.canonical(), t.printed(), t.organization()));
                }
            }
        }
        d.titles.addAll(titles.values());
        if (!d.titles.isEmpty()) {
            d.organization = d.titles.get(0).organization();
        }
        return d;
    }

    /**
     * Country, strongest evidence first: (1) a country in the title ("Japanese Minister", "Japan's ... Party"),
     * (2) a delegation cue in the same sentence ("The Vietnamese delegation was led by", "Japan was represented by",
     * "Representing Japan were"), the nearest before the name, else the first after, (3) officials with the same naming
     * tradition whose country is known, (4) the only country the article names.
     */
    static void assignCountries(Doc doc, Annotations ann, List<OfficialDraft> drafts, String datelineCountry) {
        boolean[] inContext = new boolean[doc.size()];
        for (OfficialDraft d : drafts) {
            for (int[] c : d.contextTokens) {
                for (int k = c[0]; k < c[1]; k++) {
                    inContext[k] = true;
                }
            }
        }
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                continue;
            }
            for (int[] m : d.mentionTokens) {
                String c = delegationCue(doc, ann, m[0], inContext);
                if (c != null) {
                    d.country = c;
                    break;
                }
            }
        }
        Map<NameStyle, Map<String, Integer>> byStyle = new HashMap<>();
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                NameStyle st = styleOf(d);
                byStyle.computeIfAbsent(st, k -> new HashMap<>()).merge(d.country, 1, Integer::sum);
            }
        }
        Set<String> articleCountries = new java.util.LinkedHashSet<>();
        for (Annotations.CountryRef c : ann.countries) {
            if (!inContext[c.start()]) {
                articleCountries.add(c.code());
            }
        }
        // the place of the story is a side too ("Manila, May 5 — ... met ... in Manila")
        for (Annotations.CityRef c : ann.cities) {
            if (!inContext[c.start()] && doc.sentenceOf[c.start()] < 3) {
                articleCountries.add(c.city().country());
            }
        }
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                continue;
            }
            Map<String, Integer> votes = byStyle.get(styleOf(d));
            if (votes != null && styleOf(d) != NameStyle.WESTERN) {
                d.country = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                if (d.country.equals(d.awayFrom)) {
                    d.country = null;
                }
            } else if (styleOf(d) == NameStyle.VIETNAMESE) {
                // Vietnamese surnames in family-first position are distinctive enough on their own
                d.country = "VN";
            } else if (styleOf(d) == NameStyle.JAPANESE && (articleCountries.contains("JP")
                    || (d.awayFrom != null && !d.awayFrom.equals("JP") && NameStyle.isStronglyJapanese(d.name.parts())))) {
                // a Japanese name visiting (or posted to) another country is Japan's, even if Japan goes unnamed
                d.country = "JP";
                d.country = "JP";
            } else if (styleOf(d) == NameStyle.KOREAN && articleCountries.contains("KR")) {
                d.country = "KR";
            } else if (articleCountries.size() == 1 && !articleCountries.contains(d.awayFrom)) {
                d.country = articleCountries.iterator().next();
            }
        }
        // the two sides are best read from the lede (headline, dateline sentence); the whole article may name more
        Set<String> ledeCountries = new java.util.LinkedHashSet<>();
        for (Annotations.CountryRef c : ann.countries) {
            if (!inContext[c.start()] && doc.sentenceOf[c.start()] < 3) {
                ledeCountries.add(c.code());
            }
        }
        for (Annotations.CityRef c : ann.cities) {
            if (!inContext[c.start()] && doc.sentenceOf[c.start()] < 3) {
                ledeCountries.add(c.city().country());
            }
        }
        for (OfficialDraft d : drafts) {
            // "Ambassador to Indonesia": an envoy comes from the other side
            if (d.country == null && d.awayFrom != null) {
                Set<String> sides = ledeCountries.size() == 2 ? ledeCountries : articleCountries;
                if (sides.size() == 2 && sides.contains(d.awayFrom)) {
                    for (String c : sides) {
                        if (!c.equals(d.awayFrom)) {
                            d.country = c;
                        }
                    }
                }
            }
        }
        // the two sides: the lede's countries plus those of officials already placed
        Set<String> sides = new java.util.LinkedHashSet<>(ledeCountries);
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                sides.add(d.country);
            }
        }
        if (sides.size() != 2) {
            sides = ledeCountries.size() == 2 ? ledeCountries : articleCountries;
        }
        for (OfficialDraft d : drafts) {
            if (d.country == null && d.awayFrom != null && sides.size() == 2 && sides.contains(d.awayFrom)) {
                for (String c : sides) {
                    if (!c.equals(d.awayFrom)) {
                        d.country = c;
                    }
                }
            }
        }
        counterparts(doc, drafts, sides);
        otherSide(drafts, sides);
        for (OfficialDraft d : drafts) {
            if (d.country == null && datelineCountry != null && !datelineCountry.equals(d.awayFrom)) {
                d.country = datelineCountry;
            }
        }
    }

    private static final Set<String> SAID = io.attache.extraction.text.Words.set("said", "says", "stated", "noted",
            "affirmed", "stressed", "emphasised", "emphasized", "added", "reaffirmed", "highlighted", "underlined",
            "confirmed", "told");
    private static final Set<String> STANCE = io.attache.extraction.text.Words.set("regards", "values", "considers",
            "wants", "supports", "welcomes", "stands", "attaches", "hopes", "appreciates", "will", "would",
            "wishes", "treasures", "always", "remains", "looks", "is ready", "places", "pledges", "backs", "seeks",
            "intends", "aims", "continues", "desires", "reaffirms");
    private static final Set<String> THANKED = io.attache.extraction.text.Words.set("thanked", "praised",
            "appreciation", "appreciated", "commended", "congratulated", "lauded");

    /**
     * Who speaks for whom: "Toàn said Việt Nam values ...", "Mr. Reyes said the Philippines regards ..." give the
     * speaker's country; "Ms. Pascual expressed appreciation for Brazilian contributions", "Mr. Pearson thanked Spain"
     * name the other side. Mentions are matched to officials by any part of the name (before full coreference).
     */
    private static void speechCues(Doc doc, Annotations ann, List<OfficialDraft> drafts, List<NameRun> runs) {
        for (NameRun r : runs) {
            int k0 = r.end;
            int sentEnd0 = doc.sentTokEnd[doc.sentenceOf[r.start]];
            // only runs followed by a cue word need resolving
            if (k0 >= sentEnd0 || !(SAID.contains(doc.tok(k0).fold) || doc.tok(k0).isPunct(',')
                    || doc.tok(k0).word)) {
                continue;
            }
            OfficialDraft who = null;
            String key = NameParser.key(r.units);
            String single = r.units.size() == 1 ? io.attache.extraction.text.Fold.fold(r.units.get(0)) : null;
            for (OfficialDraft d : drafts) {
                if (d.name.key().equals(key) || (single != null && d.name.parts().contains(single))) {
                    if (who != null && who != d) {
                        who = null;
                        break;
                    }
                    who = d;
                }
            }
            if (who == null || (who.country != null && who.awayFrom != null)) {
                continue;
            }
            int k = r.end;
            int sentEnd = doc.sentTokEnd[doc.sentenceOf[r.start]];
            if (k < sentEnd && SAID.contains(doc.tok(k).fold)) {
                int c = k + 1;
                if (c < sentEnd && doc.tok(c).is("that")) {
                    c++;
                }
                if (c < sentEnd && doc.tok(c).is("the")) {
                    c++;
                }
                if (c < sentEnd && ann.claim[c] == Claim.COUNTRY && !ann.countryRefAt[c].demonym()
                        && who.speaksFor == null) {
                    int after = ann.countryRefAt[c].end();
                    // "said Việt Nam values ..." speaks for it; "said Vietnam is an important partner" speaks of it
                    if (after < sentEnd && STANCE.contains(doc.tok(after).fold)) {
                        who.speaksFor = ann.countryCode[c];
                    }
                }
            }
            // "X began an official visit to Sweden": a visitor is not from the country visited
            for (int x = k; x < Math.min(sentEnd, k + 16) && who.awayFrom == null; x++) {
                String f = doc.tok(x).fold;
                int c = x + 2;
                if (c < sentEnd && doc.tok(c).is("the")) {
                    c++;
                }
                if ((f.equals("visit") || f.equals("trip")) && c < sentEnd && doc.tok(x + 1).is("to")
                        && ann.claim[c] == Claim.COUNTRY) {
                    who.awayFrom = ann.countryCode[c];
                } else if (f.equals("visiting") && x + 1 < sentEnd && ann.claim[x + 1] == Claim.COUNTRY
                        && x == k) {
                    who.awayFrom = ann.countryCode[x + 1];
                }
            }
            // "X briefed the Vietnamese side on ...": one briefs the other side, not one's own
            for (int x = k; x < Math.min(sentEnd, k + 3) && who.awayFrom == null; x++) {
                if (BRIEFED.contains(doc.tok(x).fold)) {
                    int c = x + 1;
                    if (c < sentEnd && doc.tok(c).is("the")) {
                        c++;
                    }
                    if (c < sentEnd && ann.claim[c] == Claim.COUNTRY) {
                        int after = ann.countryRefAt[c].end();
                        if (after < sentEnd && doc.tok(after).isPunct('.')) {
                            after++;
                        }
                        if (after < sentEnd && SIDE.contains(doc.tok(after).fold)) {
                            who.awayFrom = ann.countryCode[c];
                        }
                    }
                    break;
                }
            }
            for (int x = k; x < Math.min(sentEnd, k + 5); x++) {
                if (THANKED.contains(doc.tok(x).fold)) {
                    for (int y = x + 1; y < Math.min(sentEnd, x + 4); y++) {
                        if (ann.claim[y] == Claim.COUNTRY && who.awayFrom == null) {
                            who.awayFrom = ann.countryCode[y];
                            break;
                        }
                    }
                    break;
                }
            }
        }
        for (OfficialDraft d : drafts) {
            if (d.country == null && d.speaksFor != null) {
                d.country = d.speaksFor;
            }
        }
    }

    private static final Set<String> BRIEFED = io.attache.extraction.text.Words.set("briefed", "briefs", "updated",
            "informed", "assured");
    private static final Set<String> SIDE = io.attache.extraction.text.Words.set("side", "delegation", "team",
            "counterpart", "counterparts", "guests", "guest", "hosts", "officials");
    private static final Set<String> MEETS = io.attache.extraction.text.Words.set("met", "meets", "with", "received",
            "receives", "hosted", "hosts", "welcomed", "welcomes", "counterpart", "call", "called", "calls");
    private static final Set<String> CO_CHAIRED = io.attache.extraction.text.Words.set("co-chaired", "co-chair",
            "co-chairs", "co-chairing", "co-hosted", "co-chaired by", "cochaired");

    /**
     * "British Defence Secretary A held talks with Minister of Defence B": in a two-sided story, the person across a
     * meeting verb from an official of one side is from the other side.
     */
    private static void counterparts(Doc doc, List<OfficialDraft> drafts, Set<String> sides) {
        if (sides.size() != 2) {
            return;
        }
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                continue;
            }
            for (int[] m : d.mentionTokens) {
                int sent = doc.sentenceOf[m[0]];
                for (OfficialDraft o : drafts) {
                    if (o == d || o.country == null || !sides.contains(o.country)) {
                        continue;
                    }
                    int at = o.firstTokenInSentence(doc.sentenceOf, sent);
                    if (at < 0) {
                        at = shortMention(doc, drafts, o, sent);
                    }
                    if (at < 0) {
                        continue;
                    }
                    int lo = Math.min(at, m[0]);
                    int hi = Math.max(at, m[0]);
                    boolean across = false;
                    boolean and = false;
                    for (int k = lo; k < hi; k++) {
                        if (MEETS.contains(doc.tok(k).fold)) {
                            across = true;
                        }
                        and |= doc.tok(k).is("and");
                    }
                    // "co-chaired by A and B": the two chairs of a bilateral meeting are one from each side
                    if (!across && and) {
                        for (int k = doc.sentTokStart[sent]; k < lo; k++) {
                            if (CO_CHAIRED.contains(doc.tok(k).fold)) {
                                across = true;
                            }
                        }
                    }
                    if (across) {
                        for (String c : sides) {
                            if (!c.equals(o.country)) {
                                d.country = c;
                            }
                        }
                    }
                }
                if (d.country != null) {
                    break;
                }
            }
        }
    }

    /**
     * A later short mention of an official ("Mr. Thornton", "Pornthip") in a sentence: a capitalised word equal to a
     * part of the official's name that no other official shares. -1 if none.
     */
    private static int shortMention(Doc doc, List<OfficialDraft> drafts, OfficialDraft o, int sent) {
        for (int k = doc.sentTokStart[sent]; k < doc.sentTokEnd[sent]; k++) {
            Token t = doc.tok(k);
            if (!t.word || !t.cap || t.fold.length() < 3 || !o.name.parts().contains(t.fold)) {
                continue;
            }
            boolean shared = false;
            for (OfficialDraft d : drafts) {
                if (d != o && d.name.parts().contains(t.fold)) {
                    shared = true;
                }
            }
            if (!shared) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Bilateral articles: when the article names exactly two countries and every placed official belongs to one of
     * them, an official with no cue at all is from the other side.
     */
    private static void otherSide(List<OfficialDraft> drafts, Set<String> articleCountries) {
        if (articleCountries.size() != 2) {
            return;
        }
        Set<String> placed = new java.util.HashSet<>();
        for (OfficialDraft d : drafts) {
            if (d.country != null) {
                placed.add(d.country);
            }
        }
        if (placed.size() != 1 || !articleCountries.containsAll(placed)) {
            return;
        }
        String other = null;
        for (String c : articleCountries) {
            if (!placed.contains(c)) {
                other = c;
            }
        }
        for (OfficialDraft d : drafts) {
            if (d.country == null) {
                d.country = other;
            }
        }
    }

    private static NameStyle styleOf(OfficialDraft d) {
        if (d.style == null) {
            d.style = computeStyle(d);
        }
        return d.style;
    }

    private static NameStyle computeStyle(OfficialDraft d) {
        List<String> units = List.of(d.name.printed().split(" "));
        NameStyle st = NameParser.parse(units, null).style();
        if (st == NameStyle.WESTERN && units.size() == 2 && allRomaji(d.name.parts())) {
            return NameStyle.JAPANESE;
        }
        return st;
    }

    private static boolean allRomaji(List<String> parts) {
        for (String p : parts) {
            if (!NameStyle.isRomaji(p)) {
                return false;
            }
        }
        return true;
    }

    private static String delegationCue(Doc doc, Annotations ann, int at, boolean[] inContext) {
        int sent = doc.sentenceOf[at];
        int from = doc.sentTokStart[sent];
        int to = doc.sentTokEnd[sent];
        String before = null;
        String after = null;
        for (Annotations.CountryRef c : ann.countries) {
            if (c.start() < from || c.start() >= to || inContext[c.start()]) {
                continue;
            }
            if (!isCue(doc, c, from, to)) {
                continue;
            }
            if (c.start() < at) {
                before = c.code();
            } else if (after == null && leadsBetween(doc, at, c.start())) {
                after = c.code();
            }
        }
        return before != null ? before : after;
    }

    /** "X led the Vietnamese delegation", "X, head of the Japanese side": the name leads what follows. */
    private static boolean leadsBetween(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = doc.tok(k).fold;
            if (f.equals("led") || f.equals("leads") || f.equals("leading") || f.equals("headed")
                    || f.equals("heads") || f.equals("heading") || f.equals("head") || f.equals("represented")
                    || f.equals("representing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCue(Doc doc, Annotations.CountryRef c, int from, int to) {
        for (int k = c.end(); k < Math.min(to, c.end() + 3); k++) {
            if (CUE_AFTER.contains(doc.tok(k).fold)) {
                return true;
            }
        }
        int p = c.start() - 1;
        if (p >= from && doc.tok(p).word && CUE_BEFORE.contains(doc.tok(p).fold)) {
            return true;
        }
        if (p - 1 >= from && doc.tok(p).is("the") && CUE_BEFORE.contains(doc.tok(p - 1).fold)) {
            return true;
        }
        return false;
    }

    static boolean isCountryToken(Annotations ann, int k) {
        return ann.claim[k] == Claim.COUNTRY;
    }

    static String foldUnit(Token t) {
        return t.fold;
    }

    static PersonName parse(List<String> units, String country) {
        return NameParser.parse(units, country);
    }
}
