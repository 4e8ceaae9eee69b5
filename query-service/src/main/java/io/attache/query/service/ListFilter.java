package io.attache.query.service;

import java.time.LocalDate;

/**
 * The validated filters of a collection request; null = not filtered. Each collection uses those that make sense
 * for it (the resource only accepts those).
 *
 * @param official     events with this participant / agreements signed by, or signed at an event attended by, them
 * @param organization officials holding a post in / agreements signed by this organisation (organisation id)
 * @param status       agreements: signed_in_this_event, referenced, planned
 */
public record ListFilter(SearchTerms q, String country, String kind, LocalDate from, LocalDate to, String official,
        String organization, String status) {

    public static ListFilter none() {
        return new ListFilter(null, null, null, null, null, null, null, null);
    }

    public static ListFilter country(String country) {
        return new ListFilter(null, country, null, null, null, null, null, null);
    }
}
