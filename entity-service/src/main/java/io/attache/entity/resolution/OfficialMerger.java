package io.attache.entity.resolution;

import io.attache.contracts.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds an official stored without a country ("??:name key", from articles that never said whose official it was)
 * into the official of the same full name once an article names the country: one person, not two.
 */
@ApplicationScoped
public class OfficialMerger {
    @Inject
    StoreSql sql;

    /**
     * @param loose the id of the official of the same full name stored without a country
     * @return the merge change, or null when there was nothing to fold in
     */
    public Change foldInto(String officialId, String loose) {
        if (loose.equals(officialId)) {
            return null;
        }
        sql.flush(); // rows queued by this article must be there to be moved
        sql.execute("""
                insert into official_alias (official_id, alias, times_seen, first_seen, last_seen)
                select ?2, alias, times_seen, first_seen, last_seen from official_alias where official_id = ?1
                on conflict (official_id, alias) do update set times_seen = official_alias.times_seen + excluded.times_seen,
                    first_seen = least(official_alias.first_seen, excluded.first_seen),
                    last_seen = greatest(official_alias.last_seen, excluded.last_seen)""", loose, officialId);
        sql.execute("""
                insert into official_post (official_id, title, printed, organization, first_seen, last_seen)
                select ?2, title, printed, organization, first_seen, last_seen from official_post where official_id = ?1
                on conflict (official_id, title, printed) do update set
                    first_seen = least(official_post.first_seen, excluded.first_seen),
                    last_seen = greatest(official_post.last_seen, excluded.last_seen)""", loose, officialId);
        sql.execute("""
                insert into event_participant (event_id, official_id, role)
                select event_id, ?2, role from event_participant where official_id = ?1 on conflict do nothing""",
                loose, officialId);
        sql.execute("""
                insert into agreement_signatory (agreement_id, official_id)
                select agreement_id, ?2 from agreement_signatory where official_id = ?1 on conflict do nothing""",
                loose, officialId);
        sql.execute("""
                insert into article_official (article_id, official_id, printed_name, titles, rank, role)
                select article_id, ?2, printed_name, titles, rank, role from article_official where official_id = ?1
                on conflict do nothing""", loose, officialId);
        sql.execute("""
                insert into resolution (entity_type, entity_id, article_id, decision, score, features)
                select entity_type, ?2, article_id, 'merged', score,
                       features || jsonb_build_object('mergedFrom', cast(?1 as text), 'reason', 'same full name; country now known')
                from resolution where entity_type = 'official' and entity_id = ?1 on conflict do nothing""",
                loose, officialId);
        sql.execute("update mention set entity_id = ?2 where entity_type = 'official' and entity_id = ?1", loose, officialId);
        for (String table : new String[] {"official_alias", "official_post", "event_participant", "agreement_signatory",
                "article_official"}) {
            sql.execute("delete from " + table + " where official_id = ?1", loose);
        }
        sql.execute("delete from resolution where entity_type = 'official' and entity_id = ?1", loose);
        sql.execute("delete from official where id = ?1", loose);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("mergedFrom", loose);
        payload.put("into", officialId);
        payload.put("reason", "same full name; country now known");
        return new Change(EventTypes.OFFICIAL_MERGED, loose, payload); // about the identity that is gone
    }
}
