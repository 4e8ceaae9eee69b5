package io.attache.extraction.orgs;

import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Annotations.Claim;
import io.attache.extraction.gazetteer.Lexicon;
import io.attache.extraction.model.ExtractedOrganization;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import io.attache.extraction.officials.OfficialDraft;
import io.attache.extraction.officials.TitleNormalizer;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations: known bodies from the gazetteer (ASEAN, NATO, parties...), pattern-built ones ("Ministry of X",
 * "Foreign Ministry", "... Parliamentary Friendship Alliance") and those named by officials' titles. The owning country
 * comes from a possessive or demonym before the name ("Japan's Ministry of ...", also carried over a coordination:
 * "Japan's MOFA and Ministry of Defense"), "of Japan" after it, a country inside it, or the officials holding its posts.
 * An acronym in brackets right after a name ("(MOFA)") becomes an alias.
 */
public final class OrganizationExtractor {
    private OrganizationExtractor() {
    }

    private static final Set<String> HEADS = io.attache.extraction.text.Words.set("ministry", "department", "party", "alliance", "assembly",
            "parliament", "secretariat", "forces", "agency", "bureau", "council", "commission", "committee", "guard",
            "embassy", "army", "navy", "diet", "congress", "senate", "cabinet", "government", "politburo", "command",
            "league", "association", "union", "caucus");
    private static final Map<String, String> ACRONYMS = Map.of("MOFA", "Ministry of Foreign Affairs", "MOD",
            "Ministry of Defence", "MND", "Ministry of National Defence", "MPS", "Ministry of Public Security");

    private static final class Draft {
        String name;
        String kind;
        String country;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();
    }

    public static List<ExtractedOrganization> extract(Doc doc, Annotations ann, List<OfficialDraft> officials) {
        Map<String, Draft> byKey = new LinkedHashMap<>();
        Map<String, Draft> byAcronym = new java.util.HashMap<>();
        for (Annotations.OrgRef o : ann.orgs) {
            Draft d = add(byKey, o.org().name(), o.org().kind(), o.org().country());
            d.aliases.add(doc.textOf(o.start(), o.end()));
            d.mentions.add(doc.spanTokens(o.start(), o.end()));
        }
        String carried = null;
        int carriedSentence = -1;
        for (int i = 0; i < doc.size(); i++) {
            Token t = doc.tok(i);
            if (!t.word || !t.cap || ann.claim[i] != Claim.NONE) {
                continue;
            }
            int start;
            int end;
            String printed;
            String canonical;
            if (HEADS.contains(t.fold)) {
                start = leftEdge(doc, ann, i);
                end = i + 1;
                if ((t.fold.equals("ministry") || t.fold.equals("department")) && end + 1 < doc.size()
                        && (doc.tok(end).is("of") || doc.tok(end).is("for")) && doc.tok(end + 1).cap) {
                    int x = end + 1;
                    while (x < doc.size() && doc.tok(x).word && ann.claim[x] == Claim.NONE
                            && (doc.tok(x).cap || doc.tok(x).is("and")) && doc.tok(x).spaceBefore) {
                        x++;
                    }
                    while (x > end + 1 && !doc.tok(x - 1).cap) {
                        x--;
                    }
                    end = x;
                }
                if (end - start < 2) {
                    continue;
                }
                printed = doc.textOf(start, end);
                canonical = TitleNormalizer.canonicalOrg(printed);
            } else if (ACRONYMS.containsKey(t.text) && !isInTitle(officials, i)) {
                start = i;
                end = i + 1;
                printed = t.text;
                Draft known = byAcronym.get(t.text);
                if (known != null) {
                    known.mentions.add(doc.spanTokens(i, i + 1));
                    continue;
                }
                canonical = ACRONYMS.get(t.text);
            } else {
                continue;
            }
            if (isInTitle(officials, start)) {
                i = end - 1;
                continue; // handled with the official's title below
            }
            String country = ownerBefore(doc, ann, start);
            int sent = doc.sentenceOf[start];
            if (country == null && end + 1 < doc.size() && doc.tok(end).is("of")
                    && ann.claim[end + 1] == Claim.COUNTRY) {
                country = ann.countryCode[end + 1];
            }
            if (country == null) {
                for (int k = start; k < end; k++) {
                    if (ann.claim[k] == Claim.COUNTRY) {
                        country = ann.countryCode[k];
                        break;
                    }
                }
            }
            if (country == null && carriedSentence == sent && start > 0
                    && (doc.tok(start - 1).is("and") || doc.tok(start - 1).isPunct(','))) {
                country = carried;
            }
            if (country == null) {
                country = fromOfficials(officials, canonical, sent, doc);
            }
            Draft d = add(byKey, canonical, kindOf(canonical), country);
            d.aliases.add(printed);
            d.mentions.add(doc.spanTokens(start, end));
            carried = country;
            carriedSentence = sent;
            // "(MOFA)"
            if (end + 2 < doc.size() && doc.tok(end).isPunct('(') && doc.tok(end + 2).isPunct(')')
                    && doc.tok(end + 1).allCaps) {
                d.aliases.add(doc.tok(end + 1).text);
                d.mentions.add(doc.spanTokens(end + 1, end + 2));
                byAcronym.put(doc.tok(end + 1).text, d);
                end += 3;
            }
            i = end - 1;
        }
        for (OfficialDraft o : officials) {
            for (Title t : o.titles) {
                if (t.organization() != null) {
                    Draft d = add(byKey, t.organization(), kindOf(t.organization()), o.country);
                    d.aliases.add(t.organization());
                }
            }
        }
        List<ExtractedOrganization> out = new ArrayList<>();
        int n = 1;
        for (Draft d : byKey.values()) {
            out.add(new ExtractedOrganization("O" + n++, d.name, d.kind, d.country, List.copyOf(d.aliases),
                    List.copyOf(d.mentions)));
        }
        return out;
    }

    private static Draft add(Map<String, Draft> byKey, String name, String kind, String country) {
        String key = name + "|" + country;
        Draft d = byKey.get(key);
        if (d == null) {
            // an organisation first seen without a country takes the first owner found later, and vice versa
            Draft loose = byKey.get(name + "|null");
            if (loose != null && country != null) {
                byKey.remove(name + "|null");
                loose.country = country;
                byKey.put(key, loose);
                return loose;
            }
            if (country == null) {
                for (Map.Entry<String, Draft> e : byKey.entrySet()) {
                    if (e.getValue().name.equals(name)) {
                        return e.getValue();
                    }
                }
            }
            d = new Draft();
            d.name = name;
            d.kind = kind;
            d.country = country;
            byKey.put(key, d);
        }
        return d;
    }

    private static int leftEdge(Doc doc, Annotations ann, int i) {
        int b = i;
        while (b - 1 >= 0) {
            Token p = doc.tok(b - 1);
            if (p.newlineBefore && b - 1 != i) {
                // keep going: the line start is still part of the name
            }
            boolean ok = (p.word && p.cap && ann.claim[b - 1] == Claim.NONE && !Lexicon.NOT_NAMES.contains(p.fold)
                    && !p.hasDigit)
                    || (p.word && p.cap && Lexicon.isTitleWord(p.fold))
                    || (p.isDash() && !p.spaceBefore && b - 2 >= 0)
                    || (ann.claim[b - 1] == Claim.COUNTRY && dashJoined(doc, ann, b - 1));
            if (!ok || doc.tok(b).newlineBefore) {
                break;
            }
            b--;
        }
        while (b < i && !doc.tok(b).word) {
            b++;
        }
        return b;
    }

    private static boolean dashJoined(Doc doc, Annotations ann, int k) {
        Annotations.CountryRef r = ann.countryRefAt[k];
        return (r.end() < doc.size() && doc.tok(r.end()).isDash() && !doc.tok(r.end()).spaceBefore)
                || (r.start() > 0 && doc.tok(r.start() - 1).isDash() && !doc.tok(r.start() - 1).spaceBefore);
    }

    /** "Japan's Ministry ...", "Japanese Ministry ...", "the Vietnamese Foreign Ministry". */
    private static String ownerBefore(Doc doc, Annotations ann, int start) {
        int p = start - 1;
        if (p >= 1 && doc.tok(p).fold.equals("s") && doc.tok(p - 1).isApostrophe()) {
            p -= 2;
        }
        if (p >= 0 && ann.claim[p] == Claim.COUNTRY) {
            return ann.countryCode[p];
        }
        return null;
    }

    private static boolean isInTitle(List<OfficialDraft> officials, int tok) {
        for (OfficialDraft o : officials) {
            for (int[] c : o.contextTokens) {
                if (tok >= c[0] && tok < c[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fromOfficials(List<OfficialDraft> officials, String canonical, int sent, Doc doc) {
        String found = null;
        for (OfficialDraft o : officials) {
            for (Title t : o.titles) {
                if (canonical.equals(t.organization()) && o.country != null) {
                    if (found != null && !found.equals(o.country)) {
                        return null; // both sides have one: ambiguous
                    }
                    found = o.country;
                }
            }
        }
        return found;
    }

    public static String kindOf(String name) {
        String l = name.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("ministry") || l.startsWith("department") || l.endsWith(" ministry")) {
            return "ministry";
        }
        if (l.endsWith("party")) {
            return "party";
        }
        if (l.contains("parliament") || l.endsWith("assembly") || l.endsWith("congress") || l.endsWith("senate")
                || l.endsWith("diet")) {
            return "parliament";
        }
        if (l.endsWith("forces") || l.endsWith("army") || l.endsWith("navy") || l.endsWith("guard")
                || l.endsWith("command") || l.endsWith("force")) {
            return "armed_forces";
        }
        if (l.endsWith("alliance")) {
            return "alliance";
        }
        if (l.contains("cabinet") || l.contains("government") || l.endsWith("secretariat") || l.endsWith("office")
                || l.endsWith("agency") || l.endsWith("bureau") || l.endsWith("embassy")) {
            return "government";
        }
        return "other";
    }
}
