package io.attache.query.service;

import io.attache.query.mapping.AgreementSummary;
import io.attache.query.mapping.AgreementView;
import io.attache.query.mapping.EventSummary;
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
public class AgreementQueryService {
    /** Most recent first; undated agreements last; ties by id. */
    static final Keyset BY_DATE = new Keyset("agreements:date", List.of(
            SortKey.desc("coalesce(a.date, date '0001-01-01')", SortKey.Type.DATE), SortKey.asc("a.id", SortKey.Type.TEXT)));

    /** agreement_organization holds "Name (CC)" or, for international bodies, the bare name. */
    private static final String SIGNED_BY_ORGANIZATION = """
            exists (select 1 from agreement_organization ao join organization g on g.id = :organization
                where ao.agreement_id = a.id
                  and ao.organization in (g.name || ' (' || coalesce(cast(g.country as text), '') || ')', g.name))""";

    @Inject
    StoreReader store;
    @Inject
    SourceQueries sources;

    public Page<AgreementSummary> list(ListFilter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        String inner = "select " + Summaries.AGREEMENT_COLUMNS + ", " + BY_DATE.keyColumns() + " from agreement a"
                + where(filter, params);
        return BY_DATE.fetch(store, inner, params, cursor, limit).map(Summaries::agreement);
    }

    public long count(ListFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return store.rows("select count(*) as n from agreement a" + where(filter, params), params).get(0).count("n");
    }

    static String where(ListFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.q() != null) {
            for (int i = 0; i < f.q().tokens().size(); i++) {
                conditions.add("lower(coalesce(a.subject, '') || ' ' || replace(a.kind, '_', ' ')) like :q_t" + i);
                params.put("q_t" + i, SearchTerms.contains(f.q().tokens().get(i)));
            }
        }
        if (f.country() != null) {
            conditions.add("exists (select 1 from agreement_party p where p.agreement_id = a.id and p.country = :country)");
            params.put("country", f.country());
        }
        if (f.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", f.status());
        }
        if (f.from() != null) {
            conditions.add("a.date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("a.date <= :to");
            params.put("to", f.to());
        }
        if (f.official() != null) {
            conditions.add("""
                    (exists (select 1 from agreement_signatory s where s.agreement_id = a.id and s.official_id = :official)
                     or exists (select 1 from event_participant x where x.event_id = a.event_id
                                and x.official_id = :official))""");
            params.put("official", f.official());
        }
        if (f.organization() != null) {
            conditions.add(SIGNED_BY_ORGANIZATION);
            params.put("organization", f.organization());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Agreements an organisation signed, for its item view. */
    List<AgreementSummary> signedBy(String organizationId) {
        return store.rows("select " + Summaries.AGREEMENT_COLUMNS + " from agreement a where "
                + SIGNED_BY_ORGANIZATION + " order by a.date desc nulls last, a.id", Map.of("organization", organizationId))
                .stream().map(Summaries::agreement).toList();
    }

    public Optional<AgreementView> find(String id) {
        Optional<Row> found = store.row("select " + Summaries.AGREEMENT_COLUMNS + """
                , a.created_at, a.updated_at from agreement a where a.id = :id""", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row a = found.get();
        AgreementSummary s = Summaries.agreement(a);
        List<String> organizations = store.rows("""
                select organization from agreement_organization where agreement_id = :id order by organization""", id)
                .stream().map(r -> r.str("organization")).toList();
        List<io.attache.query.mapping.OfficialRef> signatories = store.rows("""
                select o.id, o.name, cast(o.country as text) as country
                from agreement_signatory s join official o on o.id = s.official_id where s.agreement_id = :id
                order by o.country, o.ascii_name, o.id""", id).stream().map(Summaries::officialRef).toList();
        EventSummary event = s.eventId() == null ? null
                : store.row("select " + Summaries.EVENT_COLUMNS + " from event e where e.id = :id", s.eventId())
                        .map(Summaries::event).orElse(null);
        return Optional.of(new AgreementView(s.id(), s.kind(), s.subject(), s.parties(), organizations, signatories,
                s.date(), s.datePrecision(), s.status(), event,
                sources.sources("agreement", id,
                        "select article_id, status from agreement_source where agreement_id = :id"),
                sources.resolution("agreement", id), a.instant("created_at"), a.instant("updated_at")));
    }
}
