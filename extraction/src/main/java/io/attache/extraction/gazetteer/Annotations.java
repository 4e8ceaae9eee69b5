package io.attache.extraction.gazetteer;

import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of every gazetteer over the article's tokens. Each token gets at most one claim, in priority order:
 * geographic blocks ("South China Sea") before known organisations before countries; ranks and honorifics are claimed
 * only where a capitalised word follows (so "Hun Sen" keeps its name and "General Assembly" stays an organisation).
 */
public final class Annotations {

    public enum Claim { NONE, GEO, ORG, COUNTRY, RANK, HONORIFIC, CITY }

    private static final java.util.Set<String> PLACE_CUES = io.attache.extraction.text.Words.set("in", "at", "to",
            "from", "visit", "visiting", "visited", "arrived", "left", "near", "outside", "across");

    public record CountryRef(int start, int end, String code, boolean demonym) {
    }

    public record OrgRef(int start, int end, KnownOrganizations.Org org) {
    }

    public record RankRef(int start, int end, String canonical) {
    }

    public record CityRef(int start, int end, Places.City city) {
    }

    /** cities named where a place is expected ("in Manila", "MANILA —") */
    public final List<CityRef> cities = new ArrayList<>();

    public final Claim[] claim;
    public final List<CountryRef> countries = new ArrayList<>();
    public final List<OrgRef> orgs = new ArrayList<>();
    public final List<RankRef> ranks = new ArrayList<>();
    /** country code per token for COUNTRY claims */
    public final String[] countryCode;
    public final CountryRef[] countryRefAt;

    public Annotations(Doc doc) {
        int n = doc.size();
        claim = new Claim[n];
        countryCode = new String[n];
        countryRefAt = new CountryRef[n];
        java.util.Arrays.fill(claim, Claim.NONE);
        List<Token> toks = doc.tokens;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (!t.word || claim[i] != Claim.NONE) {
                continue;
            }
            if (t.cap) {
                PhraseIndex.Match<String> g = Places.get().geoBlocks().match(toks, i, true);
                if (g != null) {
                    fill(i, g.end(), Claim.GEO);
                    i = g.end() - 1;
                    continue;
                }
                PhraseIndex.Match<KnownOrganizations.Org> o = KnownOrganizations.get().index().match(toks, i, true);
                PhraseIndex.Match<Countries.Hit> c = Countries.get().index().match(toks, i, true);
                if (o != null && (c == null || o.end() > c.end())) {
                    fill(i, o.end(), Claim.ORG);
                    orgs.add(new OrgRef(i, o.end(), o.value()));
                    i = o.end() - 1;
                    continue;
                }
                if (c != null) {
                    CountryRef ref = new CountryRef(i, c.end(), c.value().code(), c.value().demonym());
                    fill(i, c.end(), Claim.COUNTRY);
                    for (int k = i; k < c.end(); k++) {
                        countryCode[k] = ref.code();
                        countryRefAt[k] = ref;
                    }
                    countries.add(ref);
                    i = c.end() - 1;
                    continue;
                }
                // cities: several words always; a single word only where a place is expected ("in Tokyo",
                // "TOKYO —"), since many city names are also surnames
                PhraseIndex.Match<Places.City> city = Places.get().cities().match(toks, i, true);
                if (city != null && (city.end() - i > 1 && countWords(toks, i, city.end()) > 1
                        || (i > 0 && PLACE_CUES.contains(toks.get(i - 1).fold)) || t.newlineBefore || i == 0)) {
                    fill(i, city.end(), Claim.CITY);
                    cities.add(new CityRef(i, city.end(), city.value()));
                    i = city.end() - 1;
                    continue;
                }
                PhraseIndex.Match<String> r = Ranks.get().startingAt(toks, i);
                if (r != null && followedByCapital(doc, r.end()) && !titleGeneral(doc, i, r)) {
                    fill(i, r.end(), Claim.RANK);
                    ranks.add(new RankRef(i, r.end(), r.value()));
                    i = r.end() - 1;
                    continue;
                }
                int h = honorificEnd(doc, i);
                if (h > i) {
                    fill(i, h, Claim.HONORIFIC);
                    i = h - 1;
                }
            }
        }
    }

    private static int countWords(List<Token> toks, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (toks.get(k).word) {
                n++;
            }
        }
        return n;
    }

    private void fill(int from, int to, Claim c) {
        for (int k = from; k < to; k++) {
            claim[k] = c;
        }
    }

    /** "Director-General", "Secretary General": "General" belongs to the title, not a rank. */
    private static boolean titleGeneral(Doc doc, int i, PhraseIndex.Match<String> r) {
        if (!r.value().equals("General") || i == 0) {
            return false;
        }
        int p = i - 1;
        if (doc.tok(p).isDash() && p > 0) {
            p--;
        }
        return Lexicon.GENERAL_COMPOUNDS.contains(doc.tok(p).fold);
    }

    private static boolean followedByCapital(Doc doc, int end) {
        int k = end;
        if (k < doc.size() && doc.tok(k).isPunct('.')) {
            k++;
        }
        return k < doc.size() && doc.tok(k).word && doc.tok(k).cap;
    }

    /** End (exclusive) of an honorific starting at i: "H.E.", "Mr.", "His Excellency", "The Honourable"; else i. */
    public static int honorificEnd(Doc doc, int i) {
        Token t = doc.tok(i);
        int n = doc.size();
        if (t.text.equals("H") && i + 3 < n && doc.tok(i + 1).isPunct('.') && doc.tok(i + 2).text.equals("E")) {
            int e = i + 3;
            if (e < n && doc.tok(e).isPunct('.')) {
                e++;
            }
            return e;
        }
        if (t.text.equals("HE") && i + 1 < n && doc.tok(i + 1).cap) {
            return i + 1;
        }
        if ((t.fold.equals("his") || t.fold.equals("her")) && i + 1 < n && doc.tok(i + 1).is("excellency")) {
            return i + 2;
        }
        if (Lexicon.HONORIFICS.contains(t.fold) && !t.fold.equals("his") && !t.fold.equals("her")) {
            int e = i + 1;
            if (e < n && doc.tok(e).isPunct('.') && !doc.tok(e).spaceBefore) {
                e++;
            }
            if (e < n && doc.tok(e).word && doc.tok(e).cap) {
                return e;
            }
        }
        return i;
    }

    public boolean isClaimed(int i) {
        return claim[i] != Claim.NONE;
    }
}
