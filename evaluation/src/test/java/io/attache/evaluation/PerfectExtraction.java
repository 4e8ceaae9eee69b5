package io.attache.evaluation;

import io.attache.evaluation.GoldArticle.GoldAgreement;
import io.attache.evaluation.GoldArticle.GoldEvent;
import io.attache.evaluation.GoldArticle.GoldOfficial;
import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the extraction result a perfect engine would return for a gold record. */
final class PerfectExtraction {

    private PerfectExtraction() {
    }

    static ExtractionResult from(GoldArticle g) {
        List<ExtractedOfficial> officials = new ArrayList<>();
        int i = 0;
        for (GoldOfficial o : g.officials()) {
            officials.add(official("P" + (++i), o.name(), o.country(), o.rank(),
                    o.titles().stream().map(t -> new Title(t, t, o.organization())).toList()));
        }
        List<ExtractedEvent> events = new ArrayList<>();
        i = 0;
        for (GoldEvent e : g.events()) {
            events.add(event("E" + (++i), e.kind(), e.date() == null ? null : LocalDate.parse(e.date()), e.city(),
                    e.hostCountry(), e.parties(), e.main()));
        }
        List<ExtractedAgreement> agreements = new ArrayList<>();
        i = 0;
        for (GoldAgreement a : g.agreements()) {
            agreements.add(agreement("A" + (++i), a.kind(), a.titleOrSubject(), a.parties(), a.status()));
        }
        return new ExtractionResult(officials, List.of(), List.of(), events, agreements, List.of());
    }

    static ExtractedOfficial official(String id, String name, String country, String rank, List<Title> titles) {
        return new ExtractedOfficial(id, name, name, null, null, Normalizer.nameKey(name), country, rank, rank, titles,
                null, null, List.of());
    }

    static ExtractedEvent event(String id, String kind, LocalDate date, String city, String host, List<String> parties,
            boolean main) {
        return new ExtractedEvent(id, kind, null, null, date, DatePrecision.DAY, city, host, parties, List.of(), List.of(),
                List.of(), main, List.of());
    }

    static ExtractedAgreement agreement(String id, String kind, String subject, List<String> parties, String status) {
        return new ExtractedAgreement(id, kind, subject, null, parties, List.of(), List.of(), null, null, status, null,
                List.of());
    }

    static ExtractionResult result(List<ExtractedOfficial> o, List<ExtractedEvent> e, List<ExtractedAgreement> a) {
        return new ExtractionResult(o, List.of(), List.of(), e, a, List.of());
    }
}
