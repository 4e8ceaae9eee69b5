package io.attache.entity.resolution;

import io.attache.extraction.model.ExtractedOrganization;
import io.attache.extraction.text.Fold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/** One organisation per canonical name and country ("Ministry of Defence" of JP is not that of AU). */
@ApplicationScoped
public class OrganizationResolver {
    @Inject
    StoreSql sql;

    /** The organisation's identity, locked up front like the other blocks: two groups naming it serialise. */
    public static String blockingKey(ExtractedOrganization org) {
        return "organization:" + identityKey(org);
    }

    private static String identityKey(ExtractedOrganization org) {
        return (org.country() == null ? "INT" : org.country()) + ":" + Fold.fold(org.name());
    }

    public String resolve(ExtractedOrganization org) {
        String identityKey = identityKey(org);
        String id = Ids.of("org", identityKey);
        sql.defer("""
                insert into organization (id, identity_key, name, kind, country) values (?1, ?2, ?3, ?4, ?5)
                on conflict (identity_key) do nothing""", id, identityKey, org.name(), org.kind(), org.country());
        Set<String> aliases = new LinkedHashSet<>(org.aliases());
        aliases.add(org.name());
        for (String alias : aliases) {
            sql.defer("insert into organization_alias (organization_id, alias) values (?1, ?2) on conflict do nothing",
                    id, alias);
        }
        return id;
    }
}
