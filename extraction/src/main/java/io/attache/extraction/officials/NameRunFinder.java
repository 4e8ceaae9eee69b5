package io.attache.extraction.officials;

import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Lexicon;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of personal-name tokens: capitalised (or ALL-CAPS) words that no gazetteer claimed and that are not
 * title, organisation or function words. Units may be hyphenated ("Jae-myung"), carry an apostrophe ("O'Brien") or be
 * initials ("J."); lower-case particles ("bin", "van", "de") may sit between units.
 */
final class NameRunFinder {
    private NameRunFinder() {
    }

    private static final Set<String> PARTICLES = io.attache.extraction.text.Words.set("van", "von", "de", "da", "del", "der", "den", "bin", "binti",
            "al", "el", "la", "le", "di", "dos", "das", "ibn", "ter", "du", "bint");
    private static final int MAX_UNITS = 6;

    static List<NameRun> find(Doc doc, Annotations ann) {
        List<NameRun> runs = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            int unitEnd = unitEnd(doc, ann, i);
            if (unitEnd < 0) {
                i++;
                continue;
            }
            List<String> units = new ArrayList<>();
            int start = i;
            int end = unitEnd;
            units.add(doc.text.substring(doc.tok(i).start, doc.tok(unitEnd - 1).end));
            int k = unitEnd;
            while (units.size() < MAX_UNITS && k < n) {
                Token t = doc.tok(k);
                if (!t.spaceBefore || t.newlineBefore) {
                    break;
                }
                int next = k;
                boolean particle = false;
                if (t.word && !t.cap && PARTICLES.contains(t.fold) && k + 1 < n && !doc.tok(k + 1).newlineBefore) {
                    next = k + 1;
                    particle = true;
                }
                int ue = unitEnd(doc, ann, next);
                if (ue < 0) {
                    break;
                }
                if (particle) {
                    units.add(t.text);
                }
                units.add(doc.text.substring(doc.tok(next).start, doc.tok(ue - 1).end));
                end = ue;
                k = ue;
            }
            // "Secretary of War Pete Hegseth": after "of"/"for" the first capitalised word still belongs to the title
            if (units.size() >= 3 && start > 0 && doc.tok(start - 1).word
                    && (doc.tok(start - 1).is("of") || doc.tok(start - 1).is("for"))) {
                start = unitEnd(doc, ann, start);
                units.remove(0);
            }
            if (!rejected(doc, start, end)) {
                runs.add(new NameRun(start, end, units));
            }
            i = end;
        }
        return runs;
    }

    /** End (exclusive) of a name unit starting at i, or -1. */
    static int unitEnd(Doc doc, Annotations ann, int i) {
        Token t = doc.tok(i);
        if (!isNameWord(t, ann, i)) {
            return -1;
        }
        int n = doc.size();
        // initial "J." or, Indian style, "S Jaishankar"
        if (t.text.length() == 1) {
            if (i + 2 < n && doc.tok(i + 1).isPunct('.') && !doc.tok(i + 1).spaceBefore && doc.tok(i + 2).cap
                    && !(t.text.equals("H") && doc.tok(i + 2).text.equals("E"))) {
                return i + 2;
            }
            if (i + 1 < n && doc.tok(i + 1).word && doc.tok(i + 1).cap && doc.tok(i + 1).spaceBefore
                    && !doc.tok(i + 1).newlineBefore && !ann.isClaimed(i + 1)
                    && !Lexicon.NOT_NAMES.contains(doc.tok(i + 1).fold)) {
                return i + 1;
            }
            return -1;
        }
        // an abbreviated given name with its period ("Ma. Teresa", "Wm. Burns") is one unit
        if (io.attache.extraction.text.Doc.GIVEN_ABBREVIATIONS.contains(t.text) && i + 2 < n
                && doc.tok(i + 1).isPunct('.') && !doc.tok(i + 1).spaceBefore && doc.tok(i + 2).word
                && doc.tok(i + 2).cap && !ann.isClaimed(i + 2)) {
            return i + 2;
        }
        // a word followed by an attached period that is an abbreviation ("Gen.", "Mr.") is not a name
        int e = i + 1;
        while (e + 1 < n) {
            Token sep = doc.tok(e);
            Token nx = doc.tok(e + 1);
            if ((sep.isDash() || sep.isApostrophe()) && !sep.spaceBefore && !nx.spaceBefore && nx.word
                    && !nx.hasDigit && !ann.isClaimed(e + 1)
                    && !(sep.isApostrophe() && nx.fold.equals("s"))) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean isNameWord(Token t, Annotations ann, int i) {
        return t.word && t.cap && !t.hasDigit && !ann.isClaimed(i) && !Lexicon.NOT_NAMES.contains(t.fold)
                && Character.isLetter(t.text.charAt(0));
    }

    /** Runs that are modifiers of an organisation ("Liberal Democratic [Party]") or follow "the" are not names. */
    private static boolean rejected(Doc doc, int start, int end) {
        if (end < doc.size()) {
            Token nx = doc.tok(end);
            if (nx.word && nx.cap && nx.spaceBefore && Lexicon.ORG_WORDS.contains(nx.fold)) {
                return true;
            }
        }
        if (start > 0) {
            Token pv = doc.tok(start - 1);
            if (pv.word && pv.fold.equals("the")) {
                return true;
            }
        }
        return false;
    }
}
