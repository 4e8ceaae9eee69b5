package io.attache.extraction.model;

import java.time.LocalDate;
import java.util.List;

/**
 * @param localId              "A1", ...
 * @param kind                 memorandum_of_understanding, letter_of_intent, agreement, joint_statement,
 *                             joint_vision_statement, action_plan, treaty, protocol, other
 * @param subject              what it is about, normalised lower case ("cooperation in search and rescue")
 * @param subjectKey           a short identity key for the subject ("search-and-rescue"), stable across wordings
 * @param parties              ISO alpha-2, sorted
 * @param signingOrganizations canonical organisation names with country, e.g. "Ministry of Defence (JP)"
 * @param signatoryLocalIds    {@link ExtractedOfficial#localId()} of officials who signed
 * @param date                 signing date if known (for referenced documents often only the year)
 * @param status               signed_in_this_event, referenced, planned
 * @param eventLocalId         the event it was signed at, or null
 */
public record ExtractedAgreement(
        String localId,
        String kind,
        String subject,
        String subjectKey,
        List<String> parties,
        List<String> signingOrganizations,
        List<String> signatoryLocalIds,
        LocalDate date,
        DatePrecision datePrecision,
        String status,
        String eventLocalId,
        List<Span> evidence) {

    public static final String SIGNED = "signed_in_this_event";
    public static final String REFERENCED = "referenced";
    public static final String PLANNED = "planned";
}
