package io.attache.entity.resolution;

import io.attache.contracts.EventTypes;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import io.attache.extraction.text.Fold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One official per person across articles. Identity = country + order-insensitive folded full name: "Hoàng Xuân Chiến",
 * "Hoang Xuan Chien" and "Sr. Lt. Gen. Hoang Xuan Chien" are one; "KANO Koji" and "Koji Kano" are one; two Nguyễns
 * with different given names are two. A new title adds a post, never a new person. Bare short names never reach here
 * (the engine folds them into the full name of the same article).
 */
@ApplicationScoped
public class OfficialResolver {
    private static final String UNKNOWN_COUNTRY = "??";

    @Inject
    StoreSql sql;
    @Inject
    OfficialMerger merger;

    /** @param changes what to record: created/updated, and a merge when a country-less twin was folded in */
    public record Resolved(String id, List<Change> changes) {
    }

    /** Name keys the article will resolve: locked up front, in a fixed order, to avoid deadlocks. */
    public static String blockingKey(ExtractedOfficial official) {
        return "official:" + official.nameKey();
    }

    private static boolean hasDiacritics(String s) {
        return s.chars().anyMatch(c -> c > 127);
    }

    public Resolved resolve(ExtractedOfficial o, ArticleContext article) {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("nameKey", o.nameKey());
        double score = 1.0;
        String identityKey;
        if (o.country() != null) {
            identityKey = o.country() + ":" + o.nameKey();
            features.put("country", o.country());
        } else {
            // no country in this article: the only official with this full name, if there is exactly one
            List<String> sameName = sql.list("select identity_key from official where name_key = ?1 order by identity_key",
                    o.nameKey());
            if (sameName.size() == 1) {
                identityKey = sameName.get(0);
                features.put("country", "unknown here; the only official with this full name");
                score = 0.8;
            } else {
                identityKey = UNKNOWN_COUNTRY + ":" + o.nameKey();
                features.put("country", sameName.isEmpty() ? "unknown" : "unknown; full name shared by several");
                score = 0.6;
            }
        }
        String id = Ids.of("off", identityKey);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(o.name());
        o.mentions().stream().map(Span::text).forEach(aliases::add);
        Map<List<String>, Title> posts = new LinkedHashMap<>(); // one row per (title, printed): first one wins
        o.titles().forEach(t -> posts.putIfAbsent(java.util.Arrays.asList(t.canonical(), t.printed()), t));
        // One statement: the official (created, or kept current: a rank seen later fills in, the printed form with
        // diacritics wins over a plain-ASCII display name, new spellings become searchable), its aliases, its posts.
        // "returning (xmax = 0)" is true for a row inserted now; an unchanged official returns no row.
        Object[] outcome = (Object[]) sql.single("""
                with person as (
                    insert into official (id, identity_key, name, name_key, ascii_name, country, rank, search_text)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5)
                    on conflict (identity_key) do update set
                        name = case when ?8 and octet_length(official.name) = char_length(official.name)
                                    then excluded.name else official.name end,
                        rank = coalesce(excluded.rank, official.rank),
                        search_text = case when strpos(official.search_text, ?9) > 0 then official.search_text
                                           else official.search_text || ' | ' || ?9 end,
                        updated_at = now()
                    where (?8 and octet_length(official.name) = char_length(official.name))
                        or (excluded.rank is not null and excluded.rank is distinct from official.rank)
                        or strpos(official.search_text, ?9) = 0
                    returning (xmax = 0) as created),
                alias as (
                    insert into official_alias (official_id, alias, first_seen, last_seen)
                    select cast(?1 as text), a, cast(?10 as date), cast(?10 as date) from unnest(?11) as a
                    on conflict (official_id, alias) do update set times_seen = official_alias.times_seen + 1,
                        first_seen = least(official_alias.first_seen, excluded.first_seen),
                        last_seen = greatest(official_alias.last_seen, excluded.last_seen)
                    returning (xmax = 0) as added),
                post as (
                    insert into official_post (official_id, title, printed, organization, first_seen, last_seen)
                    select cast(?1 as text), t, p, o, cast(?10 as date), cast(?10 as date)
                    from unnest(?12, ?13, ?14) as x(t, p, o)
                    on conflict (official_id, title, printed) do update set
                        first_seen = least(official_post.first_seen, excluded.first_seen),
                        last_seen = greatest(official_post.last_seen, excluded.last_seen),
                        organization = coalesce(official_post.organization, excluded.organization)
                    where excluded.first_seen < official_post.first_seen or excluded.last_seen > official_post.last_seen
                        or (official_post.organization is null and excluded.organization is not null)
                    returning (xmax = 0) as added)
                select (select created from person), exists (select 1 from alias where added),
                    exists (select 1 from post where added),
                    (select id from official where identity_key = ?15)""",
                id, identityKey, o.displayName(), o.nameKey(), Fold.fold(o.displayName()), o.country(), o.rank(),
                hasDiacritics(o.displayName()), Fold.fold(o.name()), article.seenOn(), aliases.toArray(String[]::new),
                posts.values().stream().map(Title::canonical).toArray(String[]::new),
                posts.values().stream().map(Title::printed).toArray(String[]::new),
                posts.values().stream().map(Title::organization).toArray(String[]::new),
                o.country() == null ? null : UNKNOWN_COUNTRY + ":" + o.nameKey());
        boolean created = Boolean.TRUE.equals(outcome[0]);
        boolean changed = Boolean.FALSE.equals(outcome[0]) || Boolean.TRUE.equals(outcome[1])
                || Boolean.TRUE.equals(outcome[2]);
        sql.defer("""
                insert into article_official (article_id, official_id, printed_name, titles, rank, role)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6) on conflict do nothing""",
                article.articleId(), id, o.name(), sql.json(o.titles()), o.rank(), o.role());
        sql.defer("""
                insert into resolution (entity_type, entity_id, article_id, decision, score, features)
                values ('official', ?1, ?2, ?3, ?4, cast(?5 as jsonb)) on conflict do nothing""",
                id, article.articleId(), created ? "created" : "matched", score, sql.json(features));

        // the same full name stored without a country (the statement's fourth column) is this person
        Change merged = o.country() != null && created && outcome[3] != null
                ? merger.foldInto(id, (String) outcome[3]) : null;
        Change change = null;
        if (created || changed) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("name", o.displayName());
            payload.put("country", o.country());
            payload.put("titles", o.titles().stream().map(Title::canonical).toList());
            payload.put("rank", o.rank());
            payload.put("articleId", article.articleId());
            change = new Change(created ? EventTypes.OFFICIAL_CREATED : EventTypes.OFFICIAL_UPDATED, id, payload);
        }
        List<Change> changes = new java.util.ArrayList<>();
        if (change != null) {
            changes.add(change);
        }
        if (merged != null) {
            changes.add(merged);
        }
        return new Resolved(id, changes);
    }
}
