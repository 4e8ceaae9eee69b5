package io.attache.extraction.model;

import java.util.List;

/**
 * One person holding public office, as seen in one article (all within-article mentions folded into it).
 *
 * @param localId        unique within the article ("P1", "P2", ...), referenced by events and agreements
 * @param name           the fullest printed name, diacritics kept, honorifics and rank removed ("Hoàng Xuân Chiến", "KANO Koji")
 * @param displayName    the name in normal capitalisation, printed order ("Kano Koji")
 * @param familyName     family name, ASCII-folded lower case ("kano"); null if unknown
 * @param givenName      given name(s), ASCII-folded lower case ("koji")
 * @param nameKey        order-insensitive identity key: folded tokens sorted and joined by '-' ("koji-kano");
 *                       "Koji Kano", "KANO Koji" and "Kano Koji" share it
 * @param country        ISO 3166-1 alpha-2 or null
 * @param rank           canonical military/police rank ("Senior Lieutenant General") or null
 * @param printedRank    the rank as printed ("Sen. Lieut. Gen") or null
 * @param titles         posts held in this article, canonical + printed
 * @param organization   canonical organisation of the main title, or null
 * @param role           role in the main event: head_of_delegation, host, participant, signatory; null if not at an event
 * @param mentions       every mention of the person in the text, full names and short back-references alike
 */
public record ExtractedOfficial(
        String localId,
        String name,
        String displayName,
        String familyName,
        String givenName,
        String nameKey,
        String country,
        String rank,
        String printedRank,
        List<Title> titles,
        String organization,
        String role,
        List<Span> mentions) {
}
