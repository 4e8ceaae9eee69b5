package io.attache.extraction.model;

/** An official at an event: {@code officialLocalId} refers to {@link ExtractedOfficial#localId()}. */
public record Participant(String officialLocalId, String role) {
    public static final String HEAD_OF_DELEGATION = "head_of_delegation";
    public static final String HOST = "host";
    public static final String PARTICIPANT = "participant";
    public static final String SIGNATORY = "signatory";
}
