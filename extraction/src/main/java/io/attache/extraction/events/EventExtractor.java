package io.attache.extraction.events;

import io.attache.extraction.dates.DateResolver;
import io.attache.extraction.dates.Dateline;
import io.attache.extraction.dates.ResolvedDate;
import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.gazetteer.Annotations.Claim;
import io.attache.extraction.gazetteer.PhraseIndex;
import io.attache.extraction.gazetteer.Places;
import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.Participant;
import io.attache.extraction.officials.OfficialDraft;
import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import io.attache.extraction.topics.TopicExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events. The main event is the most specific meeting reported in the lede (first body sentences; a headline is used
 * only if the body reports none). Its date is a day-precision date in its sentence ("on Thursday"), else the dateline's,
 * else a relative month ("last week"), else the publication date; its city the "in/at City" of its sentence or the
 * dateline's. Later sentences add an event only for a distinct occasion (a reception/banquet, a phone call); "also held
 * separate meetings with ..." and "on the sidelines" are side meetings of the main event: their officials become its
 * participants, no new event is made. Parties are the countries that met: those named as the subject or "with/between"
 * object of the trigger plus the countries of heads of delegation and hosts.
 */
public final class EventExtractor {
    private EventExtractor() {
    }

    private static final Set<String> DELEGATION_CUES = io.attache.extraction.text.Words.set("delegation", "represented", "representing", "led",
            "headed", "co-chaired", "chaired", "counterpart");
    private static final Set<String> SIDE_CUES = io.attache.extraction.text.Words.set("separate", "sidelines", "also", "separately", "courtesy");
    private static final Set<String> SAME_DAY = io.attache.extraction.text.Words.set("later", "same", "occasion", "evening", "afternoon", "earlier");
    private static final Set<String> HOST_VERBS = io.attache.extraction.text.Words.set("hosted", "hosts", "received", "receives", "welcomed",
            "welcomes", "hosting", "receiving");
    private static final int LEDE_SENTENCES = 4;

    public static final class Result {
        public final List<EventDraft> events;

        Result(List<EventDraft> events) {
            this.events = events;
        }

        public EventDraft main() {
            for (EventDraft e : events) {
                if (e.main) {
                    return e;
                }
            }
            return null;
        }

        /** The event reported in sentence s or in the sentence just before it ("On this occasion, ..."). */
        public EventDraft near(int s) {
            for (int back = 0; back <= 1; back++) {
                for (EventDraft e : events) {
                    if (!e.main && e.sentences.contains(s - back)) {
                        return e;
                    }
                }
            }
            return main();
        }

        /** The official's role is its role in the main event, else in the first other event it attends. */
        public void assignRoles(List<OfficialDraft> officials) {
            for (OfficialDraft o : officials) {
                for (EventDraft e : events) {
                    String role = e.participants.get(o.localId);
                    if (role != null) {
                        o.role = role;
                        break;
                    }
                }
            }
        }

        public List<ExtractedEvent> freeze(List<ExtractedAgreement> agreements) {
            for (ExtractedAgreement a : agreements) {
                for (EventDraft e : events) {
                    if (e.localId.equals(a.eventLocalId())) {
                        e.agreementIds.add(a.localId());
                    }
                }
            }
            List<ExtractedEvent> out = new ArrayList<>();
            for (EventDraft e : events) {
                out.add(e.freeze());
            }
            return out;
        }
    }

    public static Result extract(Doc doc, Annotations ann, List<OfficialDraft> officials, List<String> topics,
            LocalDate publishedAt, Dateline dateline) {
        // relative dates ("today", "on Monday") count from the dateline's own date when it has one
        LocalDate published = dateline != null && dateline.date() != null
                && dateline.date().precision() == DatePrecision.DAY ? dateline.date().date() : publishedAt;
        boolean[] inContext = contextMask(doc, officials);
        List<EventDraft> events = new ArrayList<>();
        int mainSentence = -1;
        EventTriggers.Trigger mainTrigger = null;
        int limit = Math.min(doc.sentenceCount(), LEDE_SENTENCES);
        int headlineSentence = -1;
        EventTriggers.Trigger headlineTrigger = null;
        EventTriggers.Trigger[] triggers = new EventTriggers.Trigger[doc.sentenceCount()];
        for (int s = 0; s < triggers.length; s++) {
            triggers[s] = bestTrigger(doc, s);
        }
        for (int s = 0; s < doc.sentenceCount() && mainTrigger == null; s++) {
            if (s >= limit && headlineTrigger != null) {
                break;
            }
            EventTriggers.Trigger best = triggers[s];
            if (best == null) {
                continue;
            }
            if (isHeadline(doc, s)) {
                if (headlineTrigger == null) {
                    headlineTrigger = best;
                    headlineSentence = s;
                }
                continue;
            }
            mainTrigger = best;
            mainSentence = s;
        }
        if (mainTrigger == null && headlineTrigger != null) {
            mainTrigger = headlineTrigger;
            mainSentence = headlineSentence;
        }
        if (mainTrigger == null) {
            // "The Philippines and Japan on Friday signed a Reciprocal Access Agreement": the signing is the event
            for (int s = 0; s < limit && mainTrigger == null; s++) {
                EventTriggers.Trigger sign = signing(doc, s);
                if (sign != null && !isHeadline(doc, s)) {
                    // a signing the ministers also talked at is a meeting; a bare signing stays a signing
                    mainTrigger = discussedAnywhere(doc) ? new EventTriggers.Trigger(sign.tok(), sign.end(),
                            "meeting", EventTriggers.priority("meeting"), false) : sign;
                    mainSentence = s;
                }
            }
        }
        if (mainTrigger == null) {
            return new Result(events);
        }
        EventDraft main = new EventDraft();
        main.main = true;
        main.kind = mainTrigger.kind();
        nameAndOrdinal(doc, ann, mainTrigger, main);
        main.sentences.add(mainSentence);
        main.evidence.add(doc.sentenceSpan(mainSentence));
        if (main.name == null) {
            // the lede may name the event in a later sentence: "convened their first ... Consultation (2+2)"
            for (int s = 0; s < Math.min(doc.sentenceCount(), LEDE_SENTENCES + 1) && main.name == null; s++) {
                for (EventTriggers.Trigger t : EventTriggers.inRange(doc, doc.sentTokStart[s], doc.sentTokEnd[s])) {
                    if (t.capitalised() && t.kind().equals(main.kind) && !isHeadline(doc, s)
                            && t.tok() > doc.sentTokStart[s]) {
                        EventDraft probe = new EventDraft();
                        nameAndOrdinal(doc, ann, t, probe);
                        if (probe.name != null) {
                            main.name = probe.name;
                            if (main.ordinal == null) {
                                main.ordinal = probe.ordinal;
                            }
                            break;
                        }
                    }
                }
            }
        }
        // date
        int dlEnd = dateline == null ? 0 : dateline.tokEnd();
        ResolvedDate d = dayDate(doc, mainSentence, published, dlEnd);
        // the lede usually says when: look through its other body sentences before the dateline
        for (int s = 0; d == null && s < Math.min(doc.sentenceCount(), LEDE_SENTENCES); s++) {
            if (s != mainSentence && !isHeadline(doc, s)) {
                d = dayDate(doc, s, published, dlEnd);
                if (d != null && d.precision() != DatePrecision.DAY) {
                    d = null;
                }
            }
        }
        if (d == null && dateline != null && dateline.date() != null) {
            d = dateline.date();
        }
        if (d != null) {
            main.date = d.date();
            main.precision = d.precision();
        } else if (published != null) {
            main.date = published;
            main.precision = DatePrecision.DAY;
        }
        // city / host
        Places.City city = main.kind.equals("phone_call") ? null : cityIn(doc, ann, mainSentence, inContext, true);
        for (int s = 0; city == null && !main.kind.equals("phone_call")
                && s < Math.min(doc.sentenceCount(), LEDE_SENTENCES); s++) {
            if (s != mainSentence && !isHeadline(doc, s)) {
                city = cityIn(doc, ann, s, inContext, false);
            }
        }
        if (city == null && dateline != null && !main.kind.equals("phone_call")) {
            city = dateline.city();
        }
        if (city != null) {
            main.city = city.name();
            main.hostCountry = city.country();
        } else {
            for (int s = mainSentence; s < Math.min(doc.sentenceCount(), mainSentence + 2)
                    && main.hostCountry == null; s++) {
                main.hostCountry = visitedCountry(doc, ann, s, inContext);
            }
            // "... who is visiting Japan": a visit with no city named takes place in the capital
            if (main.hostCountry != null && !main.kind.equals("phone_call")) {
                Places.City capital = Places.get().capital(main.hostCountry);
                if (capital != null) {
                    main.city = capital.name();
                }
            }
        }
        main.topics = new ArrayList<>(topics);
        subjectCountries(doc, ann, mainSentence, mainTrigger, inContext, main);
        events.add(main);
        // participants of the main event
        for (int s = 0; s < doc.sentenceCount(); s++) {
            boolean delegation = s == mainSentence || hasAny(doc, s, DELEGATION_CUES);
            boolean side = !delegation && s > mainSentence && hasAny(doc, s, SIDE_CUES) && triggers[s] != null;
            // "During the meeting, A and B discussed ...", "B also attended the talks": the main event again
            boolean anaphoric = !delegation && !side && s > mainSentence && refersToMain(doc, s, main.kind);
            if (delegation && s != mainSentence) {
                main.sentences.add(s);
                main.evidence.add(doc.sentenceSpan(s));
            }
            for (OfficialDraft o : officials) {
                if (!o.mentionedInSentence(doc.sentenceOf, s)) {
                    continue;
                }
                if (delegation) {
                    main.participant(o.localId, hostRole(doc, s, o, Participant.HEAD_OF_DELEGATION));
                } else if (side) {
                    main.participant(o.localId, Participant.PARTICIPANT);
                } else if (anaphoric) {
                    main.participant(o.localId, Participant.PARTICIPANT);
                    if (o.country != null) {
                        main.parties.add(o.country);
                    }
                }
            }
        }
        if (!hasHead(main)) {
            // "The two ministers held talks": the people are the ones the lede named
            for (int s = 0; s < Math.min(doc.sentenceCount(), LEDE_SENTENCES); s++) {
                if (s == mainSentence || isHeadline(doc, s)) {
                    continue;
                }
                boolean any = false;
                for (OfficialDraft o : officials) {
                    if (o.mentionedInSentence(doc.sentenceOf, s)) {
                        main.participant(o.localId, hostRole(doc, s, o, Participant.HEAD_OF_DELEGATION));
                        any = true;
                    }
                }
                if (any) {
                    break;
                }
            }
        }
        if (main.participants.isEmpty() && main.parties.isEmpty()) {
            // "analysts said talks were useful": a meeting word with nobody and no country attached is no event
            return new Result(new ArrayList<>());
        }
        // secondary events: a distinct occasion later in the article
        for (int s = mainSentence + 1; s < doc.sentenceCount(); s++) {
            if (hasAny(doc, s, io.attache.extraction.text.Words.set("separate", "sidelines"))) {
                continue;
            }
            EventTriggers.Trigger t = triggers[s];
            // "Following the talks, ...": a definite article points back to an event already reported
            if (t != null && t.tok() > 0 && (doc.tok(t.tok() - 1).is("the") || doc.tok(t.tok() - 1).is("this"))
                    && !t.kind().equals("reception")) {
                continue;
            }
            boolean talksDuringVisit = t != null && !t.capitalised() && main.kind.equals("visit")
                    && (t.kind().equals("talks")
                    || t.kind().equals("consultation") || t.kind().equals("dialogue"))
                    && !hasAny(doc, s, SIDE_CUES);
            // "The following day, Ms X paid a courtesy call on Prime Minister Y": another day, another meeting
            int shift = dayShift(doc, s);
            boolean otherDayMeeting = t != null && (t.kind().equals("meeting") || t.kind().equals("talks"))
                    && !t.kind().equals(main.kind) && (shift != 0 || hasAny(doc, s, Set.of("courtesy")))
                    && !hasAny(doc, s, Set.of("also"));
            if (t == null || !(t.kind().equals("reception") || talksDuringVisit || otherDayMeeting
                    || (t.kind().equals("phone_call") && !main.kind.equals("phone_call")))) {
                continue;
            }
            EventDraft e = new EventDraft();
            e.kind = t.kind();
            e.sentences.add(s);
            e.evidence.add(doc.sentenceSpan(s));
            ResolvedDate sd = dayDate(doc, s, published, dlEnd);
            if (sd != null) {
                e.date = sd.date();
                e.precision = sd.precision();
            } else {
                e.date = main.date == null ? null : main.date.plusDays(dayShift(doc, s));
                e.precision = main.precision;
            }
            Places.City c = cityIn(doc, ann, s, inContext, false);
            e.city = c != null ? c.name() : (t.kind().equals("phone_call") ? null : main.city);
            e.hostCountry = c != null ? c.country() : (t.kind().equals("phone_call") ? null : main.hostCountry);
            e.topics = TopicExtractor.within(doc, doc.sentTokStart[s], doc.sentTokEnd[s]);
            for (OfficialDraft o : officials) {
                if (o.mentionedInSentence(doc.sentenceOf, s)) {
                    e.participant(o.localId, hostRole(doc, s, o, Participant.PARTICIPANT));
                    if (o.country != null) {
                        e.parties.add(o.country);
                    }
                }
            }
            subjectCountries(doc, ann, s, t, inContext, e);
            e.inheritsParties = talksDuringVisit && e.parties.isEmpty(); // "the two Presidents held talks"
            if (!e.participants.isEmpty() || !e.parties.isEmpty() || e.inheritsParties) {
                events.add(e);
            }
        }
        // parties from heads and hosts; the host country takes part in what it hosts
        for (EventDraft e : events) {
            for (Map.Entry<String, String> p : e.participants.entrySet()) {
                if (!Participant.PARTICIPANT.equals(p.getValue()) || !e.main) {
                    for (OfficialDraft o : officials) {
                        if (o.localId.equals(p.getKey()) && o.country != null) {
                            e.parties.add(o.country);
                        }
                    }
                }
            }
            if (e.hostCountry != null && !e.parties.isEmpty()) {
                e.parties.add(e.hostCountry);
            }
        }
        for (EventDraft e : events) {
            if (e.inheritsParties) {
                e.parties.addAll(main.parties);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            events.get(i).localId = "E" + (i + 1);
        }
        // "Secretary Delancey hosted ... in Washington": a host with no other cue is from the host country
        for (EventDraft e : events) {
            for (Map.Entry<String, String> p : e.participants.entrySet()) {
                if (Participant.HOST.equals(p.getValue()) && e.hostCountry != null) {
                    for (OfficialDraft o : officials) {
                        if (o.localId.equals(p.getKey()) && o.country == null) {
                            o.country = e.hostCountry;
                            o.refreshOrganization();
                            e.parties.add(o.country);
                        }
                    }
                }
            }
        }
        Result result = new Result(events);
        result.assignRoles(officials);
        return result;
    }

    private static boolean[] contextMask(Doc doc, List<OfficialDraft> officials) {
        boolean[] m = new boolean[doc.size()];
        for (OfficialDraft o : officials) {
            for (int[] c : o.contextTokens) {
                for (int k = c[0]; k < c[1]; k++) {
                    m[k] = true;
                }
            }
        }
        return m;
    }

    static EventTriggers.Trigger bestTrigger(Doc doc, int s) {
        EventTriggers.Trigger best = null;
        int from = doc.sentTokStart[s];
        for (EventTriggers.Trigger t : EventTriggers.inRange(doc, from, doc.sentTokEnd[s])) {
            if (EventTriggers.isFuture(doc, from, t.tok())) {
                continue;
            }
            if (best == null || t.priority() > best.priority()) {
                best = t;
            }
        }
        return best;
    }

    private static final Set<String> SIGN_VERBS = io.attache.extraction.text.Words.set("signed", "inked", "signs",
            "sign");
    private static final Set<String> DOCUMENTS = io.attache.extraction.text.Words.set("agreement", "memorandum",
            "mou", "treaty", "pact", "accord", "letter", "statement", "protocol", "plan", "deal", "declaration",
            "arrangement", "memoranda", "mous", "agreements", "deals");

    private static boolean discussedAnywhere(Doc doc) {
        for (Token t : doc.tokens) {
            if (t.word && (t.fold.equals("discussed") || t.fold.equals("talks") || t.fold.equals("met")
                    || t.fold.equals("meeting"))) {
                return true;
            }
        }
        return false;
    }

    /** "signed ... agreement" in one sentence (not in the future): a signing event. */
    private static EventTriggers.Trigger signing(Doc doc, int s) {
        int from = doc.sentTokStart[s];
        int to = doc.sentTokEnd[s];
        for (int k = from; k < to; k++) {
            if (SIGN_VERBS.contains(doc.tok(k).fold) && !EventTriggers.isFuture(doc, from, k)) {
                for (int x = k + 1; x < Math.min(to, k + 10); x++) {
                    if (DOCUMENTS.contains(doc.tok(x).fold)) {
                        return new EventTriggers.Trigger(k, k + 1, "signing", EventTriggers.priority("signing"),
                                false);
                    }
                }
            }
        }
        return null;
    }

    /** A title line: no closing punctuation and mostly capitalised words. */
    public static boolean isHeadline(Doc doc, int s) {
        int from = doc.sentTokStart[s];
        int to = doc.sentTokEnd[s];
        Token last = doc.tok(to - 1);
        if (!last.word && ".!?\"”".indexOf(last.text.charAt(0)) >= 0) {
            return false;
        }
        // a first line standing alone without a full stop is a title, whatever its capitalisation
        if (s <= 1 && (to == doc.size() || doc.tok(to).newlineBefore) && to - from <= 30) {
            return true;
        }
        int words = 0;
        int caps = 0;
        for (int k = from; k < to; k++) {
            if (doc.tok(k).word && !doc.tok(k).hasDigit) {
                words++;
                if (doc.tok(k).cap) {
                    caps++;
                }
            }
        }
        return words > 0 && caps * 10 >= words * 6;
    }

    private static ResolvedDate dayDate(Doc doc, int s, LocalDate published, int skipBefore) {
        ResolvedDate month = null;
        int from = Math.max(doc.sentTokStart[s], Math.min(skipBefore, doc.sentTokEnd[s]));
        for (ResolvedDate d : DateResolver.findAll(doc, from, doc.sentTokEnd[s], published)) {
            if (d.precision() == DatePrecision.DAY) {
                return d;
            }
            if (d.precision() == DatePrecision.MONTH && d.relative() && month == null
                    && doc.tok(d.tokStart()).fold.equals("last")) {
                month = d;
            }
        }
        return month;
    }

    /**
     * First city in the sentence preceded by "in"/"at"/"to" (or, if {@code anyPosition}, anywhere if none is so
     * marked), outside titles.
     */
    private static Places.City cityIn(Doc doc, Annotations ann, int s, boolean[] inContext, boolean anyPosition) {
        Places.City any = null;
        for (int k = doc.sentTokStart[s]; k < doc.sentTokEnd[s]; k++) {
            if (inContext[k] || !doc.tok(k).cap || ann.claim[k] == Claim.ORG) {
                continue;
            }
            PhraseIndex.Match<Places.City> m = Places.get().cities().match(doc.tokens, k, true);
            if (m == null) {
                continue;
            }
            String prev = k > 0 ? doc.tok(k - 1).fold : "";
            if (prev.equals("in") || prev.equals("at") || prev.equals("to")) {
                return m.value();
            }
            if (anyPosition && any == null && !(m.end() < doc.size() && doc.tok(m.end()).isApostrophe())) {
                any = m.value();
            }
            k = m.end() - 1;
        }
        return any;
    }

    /** "visit to Japan", "visiting Japan", "in Japan" -> JP. */
    private static String visitedCountry(Doc doc, Annotations ann, int s, boolean[] inContext) {
        for (Annotations.CountryRef c : ann.countries) {
            if (doc.sentenceOf[c.start()] != s || c.demonym() || inContext[c.start()] || c.start() == 0) {
                continue;
            }
            String prev = doc.tok(c.start() - 1).fold;
            if (prev.equals("in") || prev.equals("visiting") || prev.equals("visited")
                    || (prev.equals("to") && c.start() >= 2 && doc.tok(c.start() - 2).fold.startsWith("visit"))) {
                return c.code();
            }
        }
        return null;
    }

    /** Countries named before the trigger (the subject) or right after "with"/"between" (outside titles). */
    private static void subjectCountries(Doc doc, Annotations ann, int s, EventTriggers.Trigger t, boolean[] inContext,
            EventDraft e) {
        int from = doc.sentTokStart[s];
        int to = doc.sentTokEnd[s];
        for (Annotations.CountryRef c : ann.countries) {
            if (c.start() < from || c.start() >= to || inContext[c.start()]) {
                continue;
            }
            if (inOrgName(doc, ann, c) && !inEventName(doc, c, t)) {
                continue;
            }
            if (c.start() < t.tok()) {
                if (!c.demonym() || nextIs(doc, c.end(), "delegation", "side", "government")) {
                    e.parties.add(c.code());
                }
            } else if (c.start() - t.end() <= 6) {
                for (int k = t.end(); k < c.start(); k++) {
                    if (doc.tok(k).is("with") || doc.tok(k).is("between")) {
                        e.parties.add(c.code());
                        break;
                    }
                }
            }
        }
    }

    private static boolean nextIs(Doc doc, int k, String... words) {
        if (k >= doc.size()) {
            return false;
        }
        for (String w : words) {
            if (doc.tok(k).is(w)) {
                return true;
            }
        }
        return false;
    }

    /** "the India–Canada Defense Policy Dialogue": the pair names the parties of the event itself. */
    private static boolean inEventName(Doc doc, Annotations.CountryRef c, EventTriggers.Trigger t) {
        if (c.start() > t.tok()) {
            return false;
        }
        for (int k = c.end(); k < t.tok(); k++) {
            Token x = doc.tok(k);
            if (x.word && !x.cap && !x.hasDigit) {
                return false;
            }
        }
        return true;
    }

    /** "Japan-Việt Nam Parliamentary ..." or "Japan's Ministry": a country used as part of an organisation. */
    private static boolean inOrgName(Doc doc, Annotations ann, Annotations.CountryRef c) {
        int e = c.end();
        if (e < doc.size() && doc.tok(e).isDash() && !doc.tok(e).spaceBefore) {
            return true;
        }
        if (c.start() > 0 && doc.tok(c.start() - 1).isDash() && !doc.tok(c.start() - 1).spaceBefore) {
            return true;
        }
        return false;
    }

    /** Host if the official is the subject of "hosted/received/welcomed" in this sentence, else the given role. */
    private static String hostRole(Doc doc, int s, OfficialDraft o, String otherwise) {
        int at = o.firstTokenInSentence(doc.sentenceOf, s);
        for (int k = at + 1; k < doc.sentTokEnd[s]; k++) {
            Token t = doc.tok(k);
            if (t.word && HOST_VERBS.contains(t.fold)) {
                return Participant.HOST;
            }
            if (t.isPunct(',') || t.is("and") || t.is("while") || t.is("with")) {
                // another clause or another person begins: only the nearest verb counts
                if (!t.isPunct(',')) {
                    break;
                }
            }
        }
        return otherwise;
    }

    /** "The following day" / "the next day" -> +1, "the previous day" / "a day earlier" -> -1, else 0. */
    static int dayShift(Doc doc, int s) {
        int from = doc.sentTokStart[s];
        int to = Math.min(doc.sentTokEnd[s], from + 12);
        for (int k = from; k + 1 < to; k++) {
            String a = doc.tok(k).fold;
            String b = doc.tok(k + 1).fold;
            if ((a.equals("following") || a.equals("next")) && b.equals("day")) {
                return 1;
            }
            if ((a.equals("previous") && b.equals("day")) || (a.equals("day") && (b.equals("earlier")
                    || b.equals("before")))) {
                return -1;
            }
        }
        return 0;
    }

    private static boolean hasHead(EventDraft e) {
        for (String role : e.participants.values()) {
            if (!Participant.PARTICIPANT.equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** "the meeting", "the talks" (the main event's own kind noun after a definite article). */
    private static boolean refersToMain(Doc doc, int s, String kind) {
        for (int k = doc.sentTokStart[s] + 1; k < doc.sentTokEnd[s]; k++) {
            Token t = doc.tok(k);
            if (doc.tok(k - 1).is("the") && t.word) {
                String f = t.fold;
                if (f.equals(kind) || (kind.equals("consultation") && f.equals("consultation"))
                        || (kind.equals("meeting") && f.equals("meeting")) || (kind.equals("talks") && f.equals("talks"))
                        || (kind.equals("dialogue") && f.equals("dialogue"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAny(Doc doc, int s, Set<String> words) {
        for (int k = doc.sentTokStart[s]; k < doc.sentTokEnd[s]; k++) {
            if (doc.tok(k).word && words.contains(doc.tok(k).fold)) {
                return true;
            }
        }
        return false;
    }

    /** "first Foreign and Defence Vice-Ministerial Consultation" for a capitalised trigger; ordinal from "first"/"11th". */
    private static void nameAndOrdinal(Doc doc, Annotations ann, EventTriggers.Trigger t, EventDraft e) {
        int from = doc.sentTokStart[doc.sentenceOf[t.tok()]];
        int start = t.tok();
        if (t.capitalised()) {
            int k = t.tok() - 1;
            while (k >= from) {
                Token p = doc.tok(k);
                boolean ok = (p.word && (p.cap || (p.is("and") && k - 1 >= from && doc.tok(k - 1).cap)
                        || (p.is("of") && k - 1 >= from && doc.tok(k - 1).cap)))
                        || (p.isDash() && !p.spaceBefore)
                        || (p.isApostrophe() && k - 1 >= from && doc.tok(k - 1).cap)
                        || (p.is("s") && k - 1 >= from && doc.tok(k - 1).isApostrophe());
                if (!ok || ann.claim[k] == Claim.COUNTRY && k - 1 >= from && !doc.tok(k - 1).cap) {
                    break;
                }
                k--;
            }
            start = k + 1;
            while (start < t.tok() && !doc.tok(start).word) {
                start++;
            }
        }
        Integer ordinal = null;
        int ordinalTok = -1;
        for (int k = Math.max(from, start - 4); k < t.tok(); k++) {
            Integer o = ordinal(doc.tok(k));
            if (o != null) {
                ordinal = o;
                ordinalTok = k;
            }
        }
        e.ordinal = ordinal;
        if (t.capitalised() && start < t.tok()) {
            int nameStart = ordinalTok >= 0 && ordinalTok < start ? ordinalTok : start;
            e.name = doc.textOf(nameStart, t.end());
        }
    }

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("inaugural", 1));

    static Integer ordinal(Token t) {
        if (!t.word) {
            return null;
        }
        Integer o = ORDINALS.get(t.fold);
        if (o != null) {
            return o;
        }
        String f = t.fold;
        if (f.length() >= 3 && Character.isDigit(f.charAt(0))
                && (f.endsWith("st") || f.endsWith("nd") || f.endsWith("rd") || f.endsWith("th"))) {
            try {
                return Integer.parseInt(f.substring(0, f.length() - 2));
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }
}
