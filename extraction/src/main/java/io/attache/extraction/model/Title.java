package io.attache.extraction.model;

/**
 * A post as printed ("Vice-Minister of Defense for International Affairs") and in canonical form
 * ("Vice Minister of Defence for International Affairs"), with the organisation it belongs to (canonical name, may be null).
 */
public record Title(String canonical, String printed, String organization) {
}
