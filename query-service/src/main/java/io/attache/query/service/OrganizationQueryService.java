package io.attache.query.service;

import io.attache.query.mapping.OrganizationSummary;
import io.attache.query.mapping.OrganizationView;
import io.attache.query.paging.Keyset;
import io.attache.query.paging.Page;
import io.attache.query.paging.SortKey;
import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationQueryService {
    private static final Keyset BY_NAME = new Keyset("organizations:name", List.of(
            SortKey.asc("lower(g.name)", SortKey.Type.TEXT), SortKey.asc("g.id", SortKey.Type.TEXT)));

    @Inject
    StoreReader store;
    @Inject
    SourceQueries sources;
    @Inject
    AgreementQueryService agreements;

    public Page<OrganizationSummary> list(ListFilter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        String inner = "select " + Summaries.ORGANIZATION_COLUMNS + ", " + BY_NAME.keyColumns() + " from organization g"
                + where(filter, params);
        return BY_NAME.fetch(store, inner, params, cursor, limit).map(Summaries::organization);
    }

    static String where(ListFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.q() != null) {
            // names and aliases; organisation names are English, so lower() is the folding they need
            for (int i = 0; i < f.q().tokens().size(); i++) {
                conditions.add("""
                        (lower(g.name) like :q_t%1$d or exists (select 1 from organization_alias x
                            where x.organization_id = g.id and lower(x.alias) like :q_t%1$d))""".formatted(i));
                params.put("q_t" + i, SearchTerms.contains(f.q().tokens().get(i)));
            }
        }
        if (f.country() != null) {
            conditions.add("g.country = :country");
            params.put("country", f.country());
        }
        if (f.kind() != null) {
            conditions.add("g.kind = :kind");
            params.put("kind", f.kind());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Optional<OrganizationView> find(String id) {
        Optional<Row> found = store.row("select " + Summaries.ORGANIZATION_COLUMNS
                + ", g.created_at from organization g where g.id = :id", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row g = found.get();
        List<String> aliases = store.rows("select alias from organization_alias where organization_id = :id order by alias",
                id).stream().map(r -> r.str("alias")).toList();
        return Optional.of(new OrganizationView(g.str("id"), g.str("name"), g.str("kind"), g.str("country"), aliases,
                agreements.signedBy(id),
                sources.sources("organization", id, """
                        select distinct article_id, cast(null as text) as status from mention
                        where entity_type = 'organization' and entity_id = :id"""),
                g.instant("created_at")));
    }
}
