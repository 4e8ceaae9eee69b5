package io.attache.extraction.officials;

import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Annotations.Claim;
import io.attache.extraction.gazetteer.Lexicon;
import io.attache.extraction.gazetteer.PhraseIndex;
import io.attache.extraction.gazetteer.Ranks;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the honorific, rank and title phrases around a name run.
 * A title phrase is a run of title/portfolio/organisation words, connectors ("of", "for", "the", "and"), countries and
 * possessives ("Japan's"); unknown capitalised words are allowed only as modifiers of an organisation word already seen
 * ("Liberal Democratic" before "Party"). It must contain a head word ("Minister", "Director-General", "Chairwoman").
 */
final class TitleReader {
    private TitleReader() {
    }

    private static final int MAX_TITLE_TOKENS = 30;
    private static final java.util.Set<String> CORPORATE_HEADS = io.attache.extraction.text.Words.set("president",
            "chairman", "chairwoman", "chairperson", "director", "head", "chief", "manager", "vice-president");
    private static final java.util.regex.Pattern STATE_FORMS = java.util.regex.Pattern.compile(
            " of the (?:[A-Z][\\w']*+ ){0,3}(?:Republic|Kingdom|Federation|Commonwealth|State|Union|Sultanate|"
                    + "Emirates|Confederation)");
    private static final java.util.Set<String> POST_NOMINALS = io.attache.extraction.text.Words.set("MP", "MLA",
            "MHR", "AO", "AC", "AM", "KC", "QC", "OBE", "CBE", "MBE", "KBE", "PhD", "MLC", "TD", "Jr", "Sr");

    static void read(Doc doc, Annotations ann, NameRun run) {
        int sentStart = doc.sentTokStart[doc.sentenceOf[run.start]];
        int sentEnd = doc.sentTokEnd[doc.sentenceOf[run.start]];
        int j = run.start - 1;
        // honorific / rank / honorific, right to left
        j = skipHonorific(doc, ann, run, j, sentStart);
        if (j >= sentStart && (ann.claim[j] == Claim.RANK || (doc.tok(j).isPunct('.') && j > 0
                && ann.claim[j - 1] == Claim.RANK))) {
            int last = ann.claim[j] == Claim.RANK ? j : j - 1;
            int first = last;
            while (first - 1 >= sentStart && ann.claim[first - 1] == Claim.RANK) {
                first--;
            }
            // several ranks in a row ("Navy Commander Adm."): the one next to the name is the person's rank
            for (Annotations.RankRef r : ann.ranks) {
                if (r.start() >= first && r.end() <= last + 1) {
                    run.rank = r.canonical();
                    first = r.start();
                }
            }
            run.printedRank = doc.textOf(first, j + 1);
            run.ctxStart = first;
            j = first - 1;
            j = skipHonorific(doc, ann, run, j, sentStart);
        }
        // "Australia's foreign minister, Penny Wong", "Japan's Minister of Defense, Mr Koizumi": a comma between
        // title and name, unless the title is itself an apposition of an earlier name ("A, Minister of X, B")
        int titleStart;
        if (j - 1 >= sentStart && doc.tok(j).isPunct(',')) {
            titleStart = scanBack(doc, ann, j - 1, sentStart, run);
            if (titleStart >= 0 && titleStart - 2 >= sentStart && doc.tok(titleStart - 1).isPunct(',')
                    && NameRunFinder.unitEnd(doc, ann, titleStart - 2) == titleStart - 1) {
                titleStart = -1;
            }
            if (titleStart >= 0) {
                j--;
            }
        } else {
            titleStart = scanBack(doc, ann, j, sentStart, run);
        }
        if (titleStart >= 0) {
            addTitle(doc, ann, run, titleStart, j + 1);
            run.ctxStart = Math.min(run.ctxStart, titleStart);
        }
        // apposition: ", Senior Lieutenant General and Deputy Minister of National Defence"
        int k = run.end;
        // post-nominals: "Richard Marles MP, Deputy Prime Minister ..."
        while (k < sentEnd && doc.tok(k).word && POST_NOMINALS.contains(doc.tok(k).text)) {
            k++;
        }
        if (k < sentEnd && doc.tok(k).isPunct(',')) {
            k++;
            if (k < sentEnd && doc.tok(k).word && !doc.tok(k).cap
                    && (doc.tok(k).is("the") || doc.tok(k).is("a") || doc.tok(k).is("an"))) {
                k++;
            }
            if (k < sentEnd) {
                PhraseIndex.Match<String> r = Ranks.get().startingAt(doc.tokens, k);
                if (r != null && run.rank == null) {
                    int re = r.end();
                    if (re < sentEnd && doc.tok(re).isPunct('.')) {
                        re++;
                    }
                    run.rank = r.value();
                    run.printedRank = doc.textOf(k, r.end());
                    run.ctxEnd = re;
                    k = re;
                    if (k < sentEnd && (doc.tok(k).is("and") || doc.tok(k).isPunct(','))) {
                        k++;
                    }
                }
            }
            int titleEnd = scanForward(doc, ann, k, sentEnd);
            // a title running straight into another name is that person's title, not this one's apposition
            if (titleEnd > k && titleEnd < sentEnd && NameRunFinder.unitEnd(doc, ann, titleEnd) > 0
                    && doc.tok(titleEnd).spaceBefore) {
                titleEnd = k;
            }
            if (titleEnd > k) {
                addTitle(doc, ann, run, k, titleEnd);
                run.ctxEnd = Math.max(run.ctxEnd, titleEnd);
            }
        } else if (k + 1 < sentEnd && (doc.tok(k).is("of") || doc.tok(k).is("from")) && run.titleCountry == null) {
            int c = k + 1;
            if (c + 1 < sentEnd && doc.tok(c).is("the")) {
                c++;
            }
            if (ann.claim[c] == Claim.COUNTRY) {
                run.titleCountry = ann.countryCode[c];
            }
        }
    }

    private static int skipHonorific(Doc doc, Annotations ann, NameRun run, int j, int floor) {
        while (j >= floor && ann.claim[j] == Claim.HONORIFIC) {
            int h = j;
            while (h - 1 >= floor && ann.claim[h - 1] == Claim.HONORIFIC) {
                h--;
            }
            String f = doc.tok(h).fold;
            if (f.equals("h") || f.equals("he") || f.equals("his") || f.equals("her") || f.equals("excellency")) {
                run.excellency = true;
            }
            run.ctxStart = h;
            j = h - 1;
        }
        return j;
    }

    /** Title connectors: "at" and "in" are left out, they lead to places ("... at the Pentagon in Washington"). */
    private static final java.util.Set<String> TITLE_CONNECTORS = io.attache.extraction.text.Words.set("of", "for",
            "the", "and", "to", "on", "&");

    /** An unknown capitalised word directly left of an organisation word or of another such modifier. */
    private static boolean orgModifier(Doc doc, Annotations ann, int k, int j) {
        int r = k + 1;
        while (r <= j) {
            Token t = doc.tok(r);
            if (t.isDash() && !t.spaceBefore) {
                r++;
                continue;
            }
            if (!t.word || !t.cap) {
                return false;
            }
            if (Lexicon.ORG_WORDS.contains(t.fold) || ann.claim[r] == Claim.ORG) {
                return true;
            }
            if (Lexicon.isTitleWord(t.fold) || ann.claim[r] != Claim.NONE) {
                return false;
            }
            r++;
        }
        return false;
    }

    /** An unknown capitalised word between a connector and the title words: "Ministry for Europe and ...". */
    private static boolean sandwiched(Doc doc, Annotations ann, int k, int floor) {
        Token t = doc.tok(k);
        if (!t.word || !t.cap || ann.claim[k] != Claim.NONE || Lexicon.NOT_NAMES.contains(t.fold)) {
            return false;
        }
        return k - 1 >= floor && doc.tok(k - 1).word && !doc.tok(k - 1).cap
                && (doc.tok(k - 1).is("of") || doc.tok(k - 1).is("for") || doc.tok(k - 1).is("the")
                || doc.tok(k - 1).is("and"));
    }

    private static boolean titleWord(Token t) {
        return Lexicon.isTitleWord(t.fold) || (t.fold.equals("general") && t.cap);
    }

    /** Start of a title phrase ending at token j, or -1. */
    private static int scanBack(Doc doc, Annotations ann, int j, int floor, NameRun run) {
        if (j < floor) {
            return -1;
        }
        boolean sawOrg = false;
        int unknown = 0;
        int k = j;
        int lastGood = -1;
        while (k >= floor && j - k < MAX_TITLE_TOKENS) {
            Token t = doc.tok(k);
            Claim c = ann.claim[k];
            if (t.word) {
                if (Lexicon.NON_OFFICIAL.contains(t.fold)) {
                    run.nonOfficialContext = true;
                    break;
                }
                if (c == Claim.COUNTRY || c == Claim.ORG || c == Claim.GEO) {
                    if (c == Claim.ORG) {
                        sawOrg = true;
                    }
                } else if (titleWord(t) || (c == Claim.RANK && Lexicon.isHead(t.fold))) {
                    if (Lexicon.ORG_WORDS.contains(t.fold)) {
                        sawOrg = true;
                    }
                } else if (t.fold.equals("and") && !t.cap) {
                    if (k - 1 < floor || !(titleWord(doc.tok(k - 1)) || ann.claim[k - 1] == Claim.COUNTRY
                            || sandwiched(doc, ann, k - 1, floor))) {
                        break;
                    }
                } else if (TITLE_CONNECTORS.contains(t.fold) && !t.cap) {
                    // of, for, the, to
                } else if (t.fold.equals("s") && k - 1 >= floor && doc.tok(k - 1).isApostrophe()) {
                    k--; // possessive
                } else if (t.cap && !t.hasDigit && unknown < 4 && (orgModifier(doc, ann, k, j)
                        || sandwiched(doc, ann, k, floor))) {
                    // "Liberal Democratic [Party]", "Ministry for Europe [and]"
                    unknown++;
                } else {
                    break;
                }
            } else if (t.isDash() && !(t.spaceBefore && k + 1 < doc.size() && doc.tok(k + 1).spaceBefore)) {
                // joined dash: Director-General, Japan–Việt Nam
            } else if (t.isPunct('.') && doc.isAbbreviationPeriod(k)) {
                // U.S.
            } else if (t.isPunct(',') && k - 1 >= floor && k + 1 <= j && Lexicon.DOMAIN.contains(doc.tok(k - 1).fold)
                    && Lexicon.DOMAIN.contains(doc.tok(k + 1).fold)) {
                // "Minister of Culture, Sports and Tourism"
            } else {
                break;
            }
            lastGood = k;
            k--;
        }
        if (lastGood < 0) {
            return -1;
        }
        // "Samsung Electronics President ...": a company right before the title makes it a corporate post
        for (int x = Math.max(floor, lastGood - 3); x < lastGood; x++) {
            if (Lexicon.COMPANY_MARKERS.contains(doc.tok(x).fold) && doc.tok(x).cap) {
                run.nonOfficialContext = true;
                return -1;
            }
        }
        // "Hanwha vice president ...": an unknown name right before a corporate-style head
        if (lastGood - 1 >= floor) {
            Token p = doc.tok(lastGood - 1);
            Token h = doc.tok(lastGood);
            boolean corporateHead = CORPORATE_HEADS.contains(h.fold)
                    || (h.fold.equals("vice") && lastGood + 1 <= j && CORPORATE_HEADS.contains(doc.tok(lastGood + 1).fold));
            if (corporateHead && p.word && p.cap && ann.claim[lastGood - 1] == Claim.NONE
                    && !Lexicon.NOT_NAMES.contains(p.fold)) {
                run.nonOfficialContext = true;
                return -1;
            }
        }
        return trimLeft(doc, ann, lastGood, j);
    }

    private static int trimLeft(Doc doc, Annotations ann, int s, int j) {
        while (s <= j) {
            Token t = doc.tok(s);
            if ((t.word && !t.cap && Lexicon.CONNECTORS.contains(t.fold)) || !t.word || t.fold.equals("s")) {
                s++;
            } else {
                break;
            }
        }
        if (s > j) {
            return -1;
        }
        for (int k = s; k <= j; k++) {
            if (doc.tok(k).word && Lexicon.isHead(doc.tok(k).fold)) {
                return s;
            }
        }
        return -1;
    }

    /** End (exclusive) of an apposition title starting at k, or k if none. */
    private static int scanForward(Doc doc, Annotations ann, int k, int ceil) {
        int i = k;
        boolean sawConnector = false;
        boolean sawHead = false;
        boolean orgWordSinceConnector = false;
        int lastGood = k;
        while (i < ceil && i - k < MAX_TITLE_TOKENS) {
            Token t = doc.tok(i);
            Claim c = ann.claim[i];
            if (t.word) {
                if (Lexicon.NON_OFFICIAL.contains(t.fold)) {
                    return k;
                }
                if (c == Claim.COUNTRY || c == Claim.ORG || c == Claim.GEO) {
                    // ok
                } else if (titleWord(t)) {
                    if (Lexicon.isHead(t.fold)) {
                        sawHead = true;
                    }
                    if (Lexicon.ORG_WORDS.contains(t.fold)) {
                        orgWordSinceConnector = true;
                    }
                } else if (t.fold.equals("and") && !t.cap) {
                    if (i + 1 >= ceil || !(titleWord(doc.tok(i + 1)) || ann.claim[i + 1] != Claim.NONE)) {
                        break;
                    }
                } else if (TITLE_CONNECTORS.contains(t.fold) && !t.cap) {
                    sawConnector = true;
                    orgWordSinceConnector = false;
                } else if (t.fold.equals("s") && i > k && doc.tok(i - 1).isApostrophe()) {
                    // possessive
                } else if (t.cap && !t.hasDigit && sawConnector && sawHead && !orgWordSinceConnector) {
                    // inside an organisation name: "of the Institute for Strategic Studies"
                } else {
                    break;
                }
                lastGood = i + 1;
            } else if ((t.isDash() && !t.spaceBefore) || t.isApostrophe()
                    || (t.isPunct('.') && doc.isAbbreviationPeriod(i))) {
                // joined
            } else {
                break;
            }
            i++;
        }
        int end = lastGood;
        while (end > k) {
            Token t = doc.tok(end - 1);
            if (t.word && !(Lexicon.CONNECTORS.contains(t.fold) && !t.cap)) {
                break;
            }
            end--;
        }
        for (int x = k; x < end; x++) {
            if (doc.tok(x).word && Lexicon.isHead(doc.tok(x).fold)) {
                return end;
            }
        }
        return k;
    }

    /** Strips a leading country/demonym/possessive into the run's country and records the title(s). */
    private static void addTitle(Doc doc, Annotations ann, NameRun run, int s, int e) {
        int k = s;
        boolean official = isOfficial(doc, ann, s, e);
        // leading "Japanese", "Japan's", "U.S."
        if (ann.claim[k] == Claim.COUNTRY) {
            String code = ann.countryCode[k];
            int ce = ann.countryRefAt[k].end();
            int after = ce;
            if (after < e && doc.tok(after).isPunct('.')) {
                after++;
            }
            if (after + 1 < e && doc.tok(after).isApostrophe() && doc.tok(after + 1).fold.equals("s")) {
                after += 2;
            }
            if (after < e) {
                if (run.titleCountry == null) {
                    run.titleCountry = code;
                }
                k = after;
            }
        }
        while (k < e && doc.tok(k).word && (doc.tok(k).fold.equals("former") || doc.tok(k).fold.equals("the"))) {
            k++;
        }
        if (k >= e) {
            return;
        }
        // trailing "of Australia" (or "of the Philippines") names the official's country, not part of the post
        if (e - 2 > k && ann.claim[e - 1] == Claim.COUNTRY) {
            int cs = ann.countryRefAt[e - 1].start();
            int of = cs - 1;
            if (of > k && doc.tok(of).is("the")) {
                of--;
            }
            if (of > k && doc.tok(of).is("of")) {
                if (run.titleCountry == null) {
                    run.titleCountry = ann.countryCode[e - 1];
                }
                e = of;
            }
        }
        if (run.titleCountry == null) {
            run.titleCountry = countryInside(doc, ann, k, e);
        }
        for (int x = k + 1; x < e; x++) {
            if (ann.claim[x] == Claim.COUNTRY && (doc.tok(x - 1).is("to")
                    || (doc.tok(x - 1).is("the") && x - 2 >= k && doc.tok(x - 2).is("to")
                    && ann.countryRefAt[x] != null && ann.countryRefAt[x].end() >= e))) {
                run.awayFrom = ann.countryCode[x];
            }
        }
        String printed = doc.textOf(k, e);
        // "... of the Federative Republic" left over from "... of the Federative Republic of Brazil"
        int ofThe = printed.lastIndexOf(" of the ");
        if (ofThe > 0 && run.titleCountry != null && STATE_FORMS.matcher(printed.substring(ofThe)).matches()) {
            printed = printed.substring(0, ofThe);
        }
        for (String part : TitleNormalizer.splitConjoined(printed)) {
            String canonical = TitleNormalizer.canonical(part);
            List<String> orgs = orgPhrases(doc, ann, k, e);
            String org = TitleNormalizer.organization(canonical, orgs, run.titleCountry);
            run.titles.add(new NameRun.TitleRead(part, canonical, org, k, e, official));
        }
    }

    /** First country named inside a title, skipping "Ambassador to X" (the destination, not the official's own). */
    private static String countryInside(Doc doc, Annotations ann, int s, int e) {
        // "Tokyo Governor": a city at the head of the title
        io.attache.extraction.gazetteer.PhraseIndex.Match<io.attache.extraction.gazetteer.Places.City> city =
                io.attache.extraction.gazetteer.Places.get().cities().match(doc.tokens, s, true);
        if (city != null && city.end() < e) {
            return city.value().country();
        }
        for (int k = s; k < e; k++) {
            if (ann.claim[k] == Claim.COUNTRY) {
                // "to Viet Nam", "to the United States": the whole destination name is skipped, not just its first word
                Annotations.CountryRef ref = ann.countryRefAt[k];
                int cs = ref != null ? ref.start() : k;
                int before = cs - 1;
                // "to the United States" ends the title; "to the Japan–Việt Nam ... Alliance" names a body, not a state
                if (before >= s && doc.tok(before).is("the") && ref != null && ref.end() >= e) {
                    before--;
                }
                if (before >= s && doc.tok(before).is("to")) {
                    if (ref != null && ref.end() > k + 1) {
                        k = ref.end() - 1;
                    }
                    continue;
                }
                return ann.countryCode[k];
            }
            if (ann.claim[k] == Claim.ORG) {
                for (Annotations.OrgRef o : ann.orgs) {
                    if (o.start() == k && o.org().country() != null) {
                        return o.org().country();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Organisation names inside a title: known organisations, and capitalised runs of at least two words ending in an
     * organisation word ("Japan-Việt Nam Parliamentary Friendship Alliance"); "Ministry/Department of X" extends right.
     * A possessive country before the run ("Japan's") owns the organisation and is not part of its name.
     */
    static List<String> orgPhrases(Doc doc, Annotations ann, int s, int e) {
        List<String> out = new ArrayList<>();
        for (int k = s; k < e; k++) {
            Token t = doc.tok(k);
            if (ann.claim[k] == Claim.ORG) {
                for (Annotations.OrgRef o : ann.orgs) {
                    if (o.start() == k) {
                        out.add(o.org().name());
                        k = o.end() - 1;
                    }
                }
                continue;
            }
            if (!(t.word && t.cap && Lexicon.ORG_WORDS.contains(t.fold))) {
                continue;
            }
            int b = k;
            while (b - 1 >= s) {
                Token p = doc.tok(b - 1);
                boolean ok = (p.word && p.cap && ann.claim[b - 1] != Claim.COUNTRY)
                        || (p.isDash() && !p.spaceBefore)
                        || (ann.claim[b - 1] == Claim.COUNTRY && inDashPair(doc, ann, b - 1));
                if (!ok) {
                    break;
                }
                b--;
            }
            int end = k + 1;
            if ((t.fold.equals("ministry") || t.fold.equals("department")) && end + 1 < e
                    && (doc.tok(end).is("of") || doc.tok(end).is("for"))) {
                int x = end + 1;
                while (x < e && doc.tok(x).word && (doc.tok(x).cap || doc.tok(x).is("and") || doc.tok(x).is("of"))
                        && ann.claim[x] != Claim.COUNTRY) {
                    x++;
                }
                while (x > end + 1 && !doc.tok(x - 1).cap) {
                    x--;
                }
                if (x > end + 1) {
                    end = x;
                }
            }
            while (b < k && !doc.tok(b).word) {
                b++;
            }
            if (end - b >= 2) {
                out.add(TitleNormalizer.canonicalOrg(doc.textOf(b, end)));
            }
            k = end - 1;
        }
        return out;
    }

    private static boolean inDashPair(Doc doc, Annotations ann, int k) {
        Annotations.CountryRef ref = ann.countryRefAt[k];
        if (ref == null) {
            return false;
        }
        boolean before = ref.start() > 0 && doc.tok(ref.start() - 1).isDash() && !doc.tok(ref.start() - 1).spaceBefore;
        boolean after = ref.end() < doc.size() && doc.tok(ref.end()).isDash() && !doc.tok(ref.end()).spaceBefore;
        return before || after;
    }

    /**
     * Public office? Strong heads always (unless a company marker is in the phrase); weak heads ("Chairwoman",
     * "Director") only with a government word or a country/known organisation in the phrase.
     */
    static boolean isOfficial(Doc doc, Annotations ann, int s, int e) {
        boolean strong = false;
        boolean weak = false;
        boolean gov = false;
        boolean company = false;
        for (int k = s; k < e; k++) {
            Token t = doc.tok(k);
            if (!t.word) {
                continue;
            }
            if (Lexicon.STRONG_HEADS.contains(t.fold)) {
                strong = true;
            }
            if (Lexicon.WEAK_HEADS.contains(t.fold)) {
                weak = true;
            }
            if (Lexicon.GOV_MARKERS.contains(t.fold) || ann.claim[k] == Claim.COUNTRY
                    || (ann.claim[k] == Claim.ORG)) {
                gov = true;
            }
            if (Lexicon.COMPANY_MARKERS.contains(t.fold) && ann.claim[k] != Claim.ORG) {
                company = true;
            }
        }
        if (company && !gov) {
            return false;
        }
        return strong || (weak && gov);
    }
}
