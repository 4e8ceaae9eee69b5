package io.attache.extraction.model;

import java.util.List;

/**
 * @param localId  unique within the article ("O1", ...)
 * @param name     canonical name ("Ministry of Defence")
 * @param kind     ministry, party, parliament, armed_forces, alliance, international_body, government, other
 * @param country  ISO alpha-2 of the owning country, null for international bodies
 * @param aliases  printed forms seen ("Ministry of Defense", "MOD")
 */
public record ExtractedOrganization(String localId, String name, String kind, String country, List<String> aliases,
        List<Span> mentions) {
}
