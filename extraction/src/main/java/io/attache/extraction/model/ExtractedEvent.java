package io.attache.extraction.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting reported by the article. An article may report several (talks, then a reception the same day).
 *
 * @param localId       "E1", ...
 * @param kind          talks, consultation, dialogue, meeting, reception, visit, signing, phone_call, summit, conference
 * @param name          the event's printed name if it has one ("first Foreign and Defence Vice-Ministerial Consultation"), else null
 * @param ordinal       the ordinal in its series if printed ("first" -> 1, "11th" -> 11), else null
 * @param date          resolved against the publication date ("on Thursday", "December 4"); null if unknown
 * @param city          city name as commonly written in English ("Tokyo"), null if unknown
 * @param hostCountry   ISO alpha-2 or null
 * @param parties       ISO alpha-2 codes of the countries that met, sorted
 * @param main          true for the event the article is mainly about
 * @param evidence      the sentence(s)/phrases that report it
 */
public record ExtractedEvent(
        String localId,
        String kind,
        String name,
        Integer ordinal,
        LocalDate date,
        DatePrecision datePrecision,
        String city,
        String hostCountry,
        List<String> parties,
        List<Participant> participants,
        List<String> topics,
        List<String> agreementLocalIds,
        boolean main,
        List<Span> evidence) {
}
