package io.attache.extraction.agreements;

import io.attache.extraction.dates.DateResolver;
import io.attache.extraction.dates.ResolvedDate;
import io.attache.extraction.events.EventDraft;
import io.attache.extraction.events.EventExtractor;
import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Annotations.Claim;
import io.attache.extraction.gazetteer.PhraseIndex;
import io.attache.extraction.gazetteer.Topics;
import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.Participant;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import io.attache.extraction.officials.OfficialDraft;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import io.attache.extraction.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreements: a document noun ("Memorandum of Understanding", "MoU", "Letter of Intent", "joint statement", "treaty",
 * "agreement") with its subject ("on cooperation in search and rescue", or the words before the noun: "a defence
 * cooperation agreement"). Status from the clause: "will sign", "agreed to work towards", "negotiat..." -> planned;
 * a year or "under the", "existing", "signed in 2018" -> referenced; "signed", "inked", "exchanged", "issued" ->
 * signed in this event. Plural nouns without a subject ("agreements reached by leaders") are not agreements.
 * Each document noun is its own agreement, so "signed an MoU on X and a Letter of Intent on Y" gives two.
 */
public final class AgreementExtractor {
    private AgreementExtractor() {
    }

    private static final PhraseIndex<String> KINDS = new PhraseIndex<>();

    static {
        KINDS.add("memorandum of understanding", "memorandum_of_understanding");
        KINDS.add("memoranda of understanding", "memorandum_of_understanding");
        KINDS.add("MoU", "memorandum_of_understanding");
        KINDS.add("MOU", "memorandum_of_understanding");
        KINDS.add("letter of intent", "letter_of_intent");
        KINDS.add("LoI", "letter_of_intent");
        KINDS.add("LOI", "letter_of_intent");
        KINDS.add("joint vision statement", "joint_vision_statement");
        KINDS.add("joint statement", "joint_statement");
        KINDS.add("joint declaration", "joint_statement");
        KINDS.add("joint communique", "joint_statement");
        KINDS.add("joint communiqué", "joint_statement");
        KINDS.add("action plan", "action_plan");
        KINDS.add("plan of action", "action_plan");
        KINDS.add("roadmap", "action_plan");
        KINDS.add("road map", "action_plan");
        KINDS.add("treaty", "treaty");
        KINDS.add("protocol", "protocol");
        KINDS.add("agreement", "agreement");
        KINDS.add("accord", "agreement");
        KINDS.add("pact", "agreement");
        KINDS.add("arrangement", "agreement");
    }

    private static final Set<String> SIGNED = io.attache.extraction.text.Words.set("signed", "inked", "exchanged", "concluded", "issued",
            "adopted", "signing", "sign", "signs", "released", "witnessed");
    private static final Set<String> PLANNED = io.attache.extraction.text.Words.set("will", "would", "plan", "plans", "planned", "towards",
            "toward", "negotiate", "negotiating", "negotiations", "negotiation", "expected", "future", "proposed",
            "draft", "aim", "aims", "intend", "soon", "upcoming", "prepare", "preparing", "finalise", "finalize", "draw",
            "formulate", "develop", "elaborate", "conclude", "expedite", "pursue", "explore");
    private static final Set<String> REFERENCED = io.attache.extraction.text.Words.set("under", "existing", "previous", "earlier", "implementation", "use",
            "implement", "implementing", "accordance", "pursuant", "previously", "since", "former", "ago");
    private static final Set<String> SUBJECT_NOUNS = io.attache.extraction.text.Words.set("defence", "defense",
            "cooperation", "trade", "security", "military", "training", "maritime", "nuclear", "investment", "visa",
            "extradition", "logistics", "intelligence", "information", "sharing", "peace", "ceasefire", "border",
            "free", "status", "forces", "partnership", "strategic", "economic", "framework", "technical",
            "technology", "science", "education", "health", "energy", "fisheries", "aviation", "air", "services",
            "transfer", "equipment", "acquisition", "cross", "servicing", "mutual", "legal", "assistance",
            "reciprocal", "access", "supply", "chain", "minerals", "swap", "currency", "loan", "credit", "tax",
            "taxation", "double", "industry", "industrial", "cyber", "space", "satellite", "arms", "weapons",
            "exchange", "exchanges", "search", "rescue", "coast", "guard", "navy", "naval", "labour", "migration",
            "agricultural", "agriculture", "customs", "aid", "development", "digital", "semiconductor", "bilateral",
            "comprehensive", "hydrographic", "research", "medical", "medicine", "personnel", "peacekeeping",
            "support", "protection", "production", "recognition", "prisoner", "transit", "overflight", "exploration",
            "fishing", "shipbuilding", "munitions", "hydrography", "training", "free-trade", "partnership");
    private static final Set<String> DETERMINERS = io.attache.extraction.text.Words.set("a", "an", "the", "this",
            "that", "their", "its", "two", "new", "s", "bilateral", "landmark", "historic", "first", "our", "his",
            "her", "existing", "previous", "earlier", "proposed", "an", "signed");
    private static final Set<String> SUBJECT_PREPS = io.attache.extraction.text.Words.set("on", "for", "regarding",
            "concerning", "about");
    private static final Set<String> STOP_SUBJECT = io.attache.extraction.text.Words.set("between", "with", "signed",
            "which", "that", "at", "during", "by", "was", "were", "will", "to", "as", "after", "before", "while",
            "under", "from", "is", "are", "remains", "remain", "has", "have", "had", "said", "says", "would", "could",
            "should", "can", "may", "must", "being", "been", "be", "within", "last", "this", "next", "since", "when",
            "where", "who", "inked", "exchanged", "concluded", "aimed", "aims", "designed", "valid", "adopted",
            "approved", "ratified", "issued", "reached", "agreed", "launched", "finalised", "finalized", "initialled",
            "initialed", "released");
    private static final Set<String> PRE_STOP = io.attache.extraction.text.Words.set("a", "an", "the", "two", "three", "this", "that", "their",
            "its", "new", "signed", "and", "of", "on", "s", "both", "bilateral", "landmark", "historic", "first");

    public static List<ExtractedAgreement> extract(Doc doc, Annotations ann, List<OfficialDraft> officials,
            EventExtractor.Result events, LocalDate published) {
        Map<String, Draft> byKey = new LinkedHashMap<>();
        int lastEnd = -1;
        Draft previous = null;
        for (int i = 0; i < doc.size(); i++) {
            Token t = doc.tok(i);
            if (!t.word) {
                continue;
            }
            PhraseIndex.Match<String> m = KINDS.match(doc.tokens, i, false);
            if (m == null) {
                continue;
            }
            // "(MoU)" right after the long form is the same document
            if (i > 0 && doc.tok(i - 1).isPunct('(') && lastEnd >= 0 && i - lastEnd <= 2) {
                i = m.end() - 1;
                continue;
            }
            // plural nouns ("agreements reached by leaders") never match: the index holds singular forms only
            if (io.attache.extraction.events.EventExtractor.isHeadline(doc, doc.sentenceOf[i])) {
                i = m.end() - 1;
                continue; // a headline repeats what the body reports
            }
            Draft d = read(doc, ann, i, m, published);
            // "signed the pact in Manila": an anaphoric mention of the document named before
            if (d == null && previous != null && i > 0 && (doc.tok(i - 1).is("the") || doc.tok(i - 1).is("this"))
                    && doc.sentenceOf[i] != previous.sentence) {
                previous.evidence.add(doc.spanTokens(i - 1, m.end()));
                previous.otherSentences.add(doc.sentenceOf[i]);
            }
            // "signed an MoU on X and a Letter of Intent on Y": the second document shares the first one's verb
            if (d != null && previous != null && previous.sentence == d.sentence && coordinated(doc, previous.end, i)) {
                d.status = previous.status;
                d.date = previous.date;
                d.precision = previous.precision;
            }
            if (d != null) {
                previous = d;
            }
            lastEnd = m.end();
            i = m.end() - 1;
            if (d == null) {
                continue;
            }
            String key = d.kind + "|" + d.subjectKey;
            Draft old = byKey.get(key);
            if (old == null) {
                byKey.put(key, d);
            } else {
                old.evidence.add(d.evidence.get(0));
                if (rank(d.status) > rank(old.status)) {
                    old.status = d.status;
                    old.sentence = d.sentence;
                    old.date = d.date;
                    old.precision = d.precision;
                }
            }
        }
        List<ExtractedAgreement> out = new ArrayList<>();
        int n = 1;
        for (Draft d : byKey.values()) {
            out.add(finish(doc, ann, d, "A" + n++, officials, events));
        }
        return out;
    }

    private static int rank(String status) {
        return ExtractedAgreement.SIGNED.equals(status) ? 3 : ExtractedAgreement.PLANNED.equals(status) ? 2 : 1;
    }

    private static final class Draft {
        String kind;
        String subject;
        String subjectKey;
        String status;
        LocalDate date;
        DatePrecision precision;
        int sentence;
        int nounStart;
        int end;
        final List<Span> evidence = new ArrayList<>();
        /** later sentences that refer back to it ("the pact") */
        final List<Integer> otherSentences = new ArrayList<>();
    }

    private static Draft read(Doc doc, Annotations ann, int i, PhraseIndex.Match<String> m, LocalDate published) {
        int sent = doc.sentenceOf[i];
        int from = doc.sentTokStart[sent];
        int to = doc.sentTokEnd[sent];
        // subject after the noun
        int k = m.end();
        // "Memorandum of Understanding (MoU) on ...": the acronym sits between the noun and its subject
        if (k + 2 < to && doc.tok(k).isPunct('(') && doc.tok(k + 2).isPunct(')')) {
            k += 3;
        }
        String subject = null;
        int subjEnd = k;
        if (k < to && doc.tok(k).word && SUBJECT_PREPS.contains(doc.tok(k).fold)) {
            int s = k + 1;
            int e = s;
            while (e < to && e - s < 12) {
                Token t = doc.tok(e);
                if (!t.word && !t.isDash()) {
                    break;
                }
                // "remains" is a verb unless it ends the phrase ("the search for remains.")
                if (t.word && STOP_SUBJECT.contains(t.fold) && !((t.is("remains") || t.is("remain"))
                        && (e + 1 >= to || !doc.tok(e + 1).word))) {
                    break;
                }
                if (t.is("and") && e + 1 < to && (doc.tok(e + 1).is("a") || doc.tok(e + 1).is("an")
                        || KINDS.match(doc.tokens, e + 1, false) != null
                        || (doc.tok(e + 1).is("the") && e + 2 < to && KINDS.match(doc.tokens, e + 2, false) != null)
                        || doc.tok(e + 1).fold.endsWith("ed"))) {
                    break; // "... and a Letter of Intent", "... and agreed to"
                }
                // where and when it was signed are not its subject: "... on river navigation in Tokyo on June 10"
                if (e > s && (t.is("in") || t.is("at")) && e + 1 < to && ann.claim[e + 1] == Claim.CITY) {
                    break;
                }
                if (e > s && t.is("on") && e + 1 < to && (doc.tok(e + 1).hasDigit
                        || DateResolver.isMonthOrWeekday(doc.tok(e + 1).fold))) {
                    break;
                }
                e++;
            }
            if (e > s) {
                subject = doc.textOf(s, e);
                subjEnd = e;
            }
        }
        // or the modifiers before the noun: "a defence cooperation agreement", "the Reciprocal Access Agreement"
        int preStart = i;
        while (preStart - 1 >= from && i - preStart < 5) {
            Token p = doc.tok(preStart - 1);
            boolean modifier = (p.cap && preStart - 1 > from) || SUBJECT_NOUNS.contains(p.fold)
                    || (p.isDash() && !p.spaceBefore)
                    // "Status of Visiting Forces Agreement"
                    || (p.is("of") && preStart - 2 >= from && doc.tok(preStart - 2).cap && doc.tok(preStart).cap);
            if (p.is("of") && modifier) {
                preStart--;
                continue;
            }
            if (!modifier || p.hasDigit || PRE_STOP.contains(p.fold) || SIGNED.contains(p.fold)
                    || PLANNED.contains(p.fold) || ann.claim[preStart - 1] == Claim.COUNTRY) {
                break;
            }
            preStart--;
        }
        // the generic nouns need a determiner, a year or a name: "reached broad agreement on" is not a document
        String kindValue = m.value();
        if (kindValue.equals("agreement") && !doc.tok(i).cap) {
            int det = preStart - 1;
            boolean determined = det >= from && (DETERMINERS.contains(doc.tok(det).fold)
                    || (doc.tok(det).hasDigit && doc.tok(det).text.length() == 4));
            if (!determined) {
                return null;
            }
        }
        if (subject == null && preStart < i) {
            subject = doc.textOf(preStart, i);
        }
        String kind = m.value();
        boolean plural = doc.tok(m.end() - 1).fold.endsWith("s") && !doc.tok(m.end() - 1).fold.equals("mous");
        if (subject == null) {
            // a bare "the agreement" / "agreements reached" is not a document we can identify
            if (!hasYearBefore(doc, from, i) && !kind.equals("joint_statement")
                    && !kind.equals("joint_vision_statement")) {
                return null;
            }
        }
        Draft d = new Draft();
        d.kind = kind;
        d.subject = subject == null ? null : normaliseSubject(subject);
        d.subjectKey = subjectKey(d.subject, kind);
        d.sentence = sent;
        d.nounStart = i;
        d.end = subjEnd;
        d.evidence.add(doc.spanTokens(Math.min(preStart, i), Math.max(subjEnd, m.end())));
        d.status = status(doc, from, to, preStart, subjEnd);
        if (plural && subject == null) {
            return null;
        }
        if (!ExtractedAgreement.SIGNED.equals(d.status)) {
            for (ResolvedDate rd : DateResolver.findAll(doc, Math.max(from, preStart - 3), Math.min(to, subjEnd + 6),
                    published)) {
                d.date = rd.date();
                d.precision = rd.precision();
                break;
            }
            if (ExtractedAgreement.PLANNED.equals(d.status)) {
                d.date = null;
                d.precision = null;
            }
        }
        return d;
    }

    /** Only "and", "a/an/the" and commas between the end of one document phrase and the next noun. */
    private static boolean coordinated(Doc doc, int prevEnd, int next) {
        boolean and = false;
        for (int k = prevEnd; k < next; k++) {
            Token t = doc.tok(k);
            if (t.is("and")) {
                and = true;
            } else if (!(t.is("a") || t.is("an") || t.is("the") || t.isPunct(','))) {
                return false;
            }
        }
        return and;
    }

    private static boolean hasYearBefore(Doc doc, int from, int i) {
        for (int k = Math.max(from, i - 3); k < i; k++) {
            Token t = doc.tok(k);
            if (t.word && t.text.length() == 4 && t.hasDigit && (t.text.startsWith("19") || t.text.startsWith("20"))) {
                return true;
            }
        }
        return false;
    }

    private static String status(Doc doc, int from, int to, int start, int end) {
        boolean signed = false;
        boolean planned = false;
        boolean referenced = false;
        int lo = Math.max(from, start - 12);
        int hi = Math.min(to, end + 8);
        // a signing verb anywhere earlier in the sentence governs the documents it lists
        for (int k = from; k < lo; k++) {
            if (SIGNED.contains(doc.tok(k).fold)) {
                signed = true;
            }
        }
        for (int k = lo; k < hi; k++) {
            Token t = doc.tok(k);
            if (!t.word) {
                continue;
            }
            if (k >= start && k < end) {
                continue; // "Action Plan for ... 2026-2030": a year inside the subject says nothing of status
            }
            if (PLANNED.contains(t.fold) && k < start) {
                planned = true;
            }
            if (t.is("to") && k + 1 < hi && (doc.tok(k + 1).is("sign") || doc.tok(k + 1).is("conclude"))) {
                planned = true;
            }
            if (SIGNED.contains(t.fold)) {
                signed = true;
                // "signed in 2018", "signed last year", "concluded in 2019" (even past the window)
                for (int x = k + 1; x < Math.min(to, k + 4); x++) {
                    Token y = doc.tok(x);
                    if ((y.hasDigit && y.text.length() == 4) || y.is("ago") || y.is("last")) {
                        referenced = true;
                    }
                }
            }
            if (REFERENCED.contains(t.fold) && (k < start || k < end + 3)) {
                // "under way" is not "under the agreement"; "an MoU on X, under which ..." describes the document
                // just named, not an earlier one
                boolean notACue = t.is("under") && k + 1 < hi && (doc.tok(k + 1).is("way")
                        || (k >= end && (doc.tok(k + 1).is("which") || doc.tok(k + 1).is("whose"))));
                if (!notACue) {
                    referenced = true;
                }
            }
        }
        if (hasYearBefore(doc, from, start + 1) && !signed) {
            referenced = true;
        }
        if (planned && !referenced) {
            return ExtractedAgreement.PLANNED;
        }
        if (referenced) {
            return ExtractedAgreement.REFERENCED;
        }
        if (signed) {
            return ExtractedAgreement.SIGNED;
        }
        return ExtractedAgreement.REFERENCED;
    }

    private static final java.util.regex.Pattern DIGIT_DASH =
            java.util.regex.Pattern.compile("(?<=\\d)\\s*[-–]\\s*(?=\\d)");
    private static final java.util.regex.Pattern OTHER_DASH =
            java.util.regex.Pattern.compile("(?<!\\d)[-–]|[-–](?!\\d)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Lower case, Defense -> Defence, dashes to spaces, no trailing punctuation. */
    static String normaliseSubject(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("defense", "defence");
        l = DIGIT_DASH.matcher(l).replaceAll("-");
        l = OTHER_DASH.matcher(l).replaceAll(" ");
        l = SPACES.matcher(l).replaceAll(" ").strip();
        return l;
    }

    private static final Set<String> KEY_STOP = io.attache.extraction.text.Words.set("the", "a", "an", "of", "on", "in", "bilateral", "between",
            "two", "countries", "field", "fields", "area", "areas", "and", "for", "mutual");

    /**
     * A short stable key: a topic named in the subject ("cooperation in search and rescue" -> "search-and-rescue");
     * else "cooperation in/on X" -> X; else the subject's content words ("training cooperation" ->
     * "training-cooperation").
     */
    static String subjectKey(String subject, String kind) {
        if (subject == null) {
            return kind.replace('_', '-');
        }
        PhraseIndex<String> topics = Topics.get().index();
        List<String> words = Tokenizer.foldedWords(subject);
        io.attache.extraction.text.Doc sd = new io.attache.extraction.text.Doc(subject);
        for (int i = 0; i < sd.size(); i++) {
            PhraseIndex.Match<String> m = topics.match(sd.tokens, i, false);
            if (m != null && m.end() - i >= 2) {
                return slug(Tokenizer.foldedWords(m.value()), false);
            }
        }
        if (words.size() > 2 && words.get(0).equals("cooperation") && (words.get(1).equals("in")
                || words.get(1).equals("on"))) {
            return slug(words.subList(2, words.size()), true);
        }
        return slug(words, true);
    }

    private static String slug(List<String> words, boolean dropStop) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!dropStop || !KEY_STOP.contains(w) || words.size() <= 2) {
                out.add(w.equals("defense") ? "defence" : w);
            }
        }
        return String.join("-", out);
    }

    private static ExtractedAgreement finish(Doc doc, Annotations ann, Draft d, String id,
            List<OfficialDraft> officials, EventExtractor.Result events) {
        TreeSet<String> parties = new TreeSet<>();
        List<String> orgs = new ArrayList<>();
        List<String> signatories = new ArrayList<>();
        String eventId = null;
        int from = doc.sentTokStart[d.sentence];
        int to = doc.sentTokEnd[d.sentence];
        EventDraft event = null;
        if (ExtractedAgreement.SIGNED.equals(d.status)) {
            event = events.near(d.sentence);
        }
        if (event != null) {
            eventId = event.localId;
            if (d.date == null) {
                d.date = event.date;
                d.precision = event.precision;
            }
        }
        // countries named in the sentence outside officials' titles, and capitals standing for their governments
        // ("Washington's commitments under the treaty with Manila")
        for (Annotations.CountryRef c : ann.countries) {
            if (c.start() >= from && c.start() < to && !inTitle(officials, c.start())) {
                parties.add(c.code());
            }
        }
        for (int k = from; k < to; k++) {
            if (!doc.tok(k).cap || (k > 0 && (doc.tok(k - 1).is("in") || doc.tok(k - 1).is("at")))) {
                continue;
            }
            PhraseIndex.Match<io.attache.extraction.gazetteer.Places.City> city =
                    io.attache.extraction.gazetteer.Places.get().cities().match(doc.tokens, k, true);
            if (city != null && city.value() == io.attache.extraction.gazetteer.Places.get()
                    .capital(city.value().country())) {
                parties.add(city.value().country());
                k = city.end() - 1;
            }
        }
        // signatories: officials named before "signed ..." in the sentence naming the document or referring back
        for (OfficialDraft o : officials) {
            int at = o.firstTokenInSentence(doc.sentenceOf, d.sentence);
            boolean signer = at >= 0 && at < d.nounStart && hasSignVerbAfter(doc, at, d.nounStart);
            for (int other : d.otherSentences) {
                int x = o.firstTokenInSentence(doc.sentenceOf, other);
                if (x >= 0 && hasSignVerbAfter(doc, x, doc.sentTokEnd[other])) {
                    signer = true;
                }
            }
            if (signer && ExtractedAgreement.SIGNED.equals(d.status)) {
                signatories.add(o.localId);
                if (o.country != null) {
                    parties.add(o.country);
                }
                if (event != null) {
                    if ("signing".equals(event.kind)) {
                        event.participants.put(o.localId, Participant.SIGNATORY);
                    } else {
                        event.participant(o.localId, Participant.SIGNATORY);
                    }
                }
            }
        }
        if (event != null && parties.size() < 2) {
            parties.addAll(event.parties);
        }
        // a document the parties discuss (referenced, planned) is theirs when the sentence names no other country
        EventDraft main = events.main();
        if (event == null && main != null && parties.size() < 2 && main.parties.containsAll(parties)) {
            parties.addAll(main.parties);
        }
        // "the two defence ministries": each party's ministry of that portfolio, as its officials name it
        String portfolio = pluralMinistries(doc, from, d.nounStart);
        if (portfolio != null) {
            for (String p : parties) {
                String org = null;
                for (OfficialDraft o : officials) {
                    if (p.equals(o.country)) {
                        for (Title t : o.titles) {
                            if (t.organization() != null && t.organization().startsWith("Ministry of")
                                    && t.organization().toLowerCase(Locale.ROOT).contains(portfolio)) {
                                org = t.organization();
                            }
                        }
                    }
                }
                if (org == null) {
                    org = portfolio.equals("foreign") ? "Ministry of Foreign Affairs"
                            : "Ministry of " + Character.toUpperCase(portfolio.charAt(0)) + portfolio.substring(1);
                }
                orgs.add(org + " (" + p + ")");
            }
        }
        orgs.sort(null);
        return new ExtractedAgreement(id, d.kind, d.subject, d.subjectKey, List.copyOf(parties), List.copyOf(orgs),
                List.copyOf(signatories), d.date, d.date == null ? null : d.precision, d.status, eventId,
                List.copyOf(d.evidence));
    }

    private static boolean hasSignVerbAfter(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = doc.tok(k).fold;
            if (f.equals("signed") || f.equals("inked") || f.equals("sign") || f.equals("signs")) {
                return true;
            }
        }
        return false;
    }

    /** "the two defence ministries", "both foreign ministries" -> "defence" / "foreign"; else null. */
    private static String pluralMinistries(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tok(k);
            if (t.is("ministries") && k > from) {
                String p = doc.tok(k - 1).fold.replace("defense", "defence");
                if (p.equals("defence") || p.equals("foreign") || p.equals("trade") || p.equals("finance")) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean inTitle(List<OfficialDraft> officials, int tok) {
        for (OfficialDraft o : officials) {
            for (int[] c : o.contextTokens) {
                if (tok >= c[0] && tok < c[1]) {
                    return true;
                }
            }
            for (int[] c : o.mentionTokens) {
                if (tok >= c[0] && tok < c[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
