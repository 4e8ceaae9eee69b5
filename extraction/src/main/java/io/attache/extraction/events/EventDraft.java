package io.attache.extraction.events;

import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.Participant;
import io.attache.extraction.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A mutable event while the article is read. */
public final class EventDraft {
    public String localId;
    public String kind;
    public String name;
    public Integer ordinal;
    public LocalDate date;
    public DatePrecision precision;
    public String city;
    public String hostCountry;
    public final TreeSet<String> parties = new TreeSet<>();
    /** official localId -> role, in order of appearance */
    public final Map<String, String> participants = new LinkedHashMap<>();
    public List<String> topics = new ArrayList<>();
    public final List<String> agreementIds = new ArrayList<>();
    public boolean main;
    /** a later event of the same visit whose sentence names nobody: it has the main event's parties */
    public boolean inheritsParties;
    public final List<Span> evidence = new ArrayList<>();
    /** sentences that report this event */
    public final List<Integer> sentences = new ArrayList<>();

    /** Adds a participant; a stronger role (head, host, signatory) is never downgraded to participant. */
    public void participant(String officialId, String role) {
        String old = participants.get(officialId);
        if (old == null || Participant.PARTICIPANT.equals(old)) {
            participants.put(officialId, role);
        }
    }

    public ExtractedEvent freeze() {
        List<Participant> ps = new ArrayList<>();
        participants.forEach((id, role) -> ps.add(new Participant(id, role)));
        return new ExtractedEvent(localId, kind, name, ordinal, date, date == null ? null : precision, city,
                hostCountry, List.copyOf(parties), List.copyOf(ps), List.copyOf(topics), List.copyOf(agreementIds),
                main, List.copyOf(evidence));
    }
}
