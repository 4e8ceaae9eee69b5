-- Read paths of query-service, measured by the query API benchmark (docs/benchmarks.md, "Query API benchmark").

-- The parties of a country with their event / agreement ids, read index-only: events?country= checks membership
-- with it, and relations/{a}/{b} joins the rows of one country with those of the other. They replace the indexes on
-- the country alone, which they cover.
create index event_party_country_event_idx on event_party (country, event_id);
drop index event_party_country_idx;
create index agreement_party_country_agreement_idx on agreement_party (country, agreement_id);
drop index agreement_party_country_idx;

-- The collection order of events (most recent first, undated last, then id byte-wise, see EventQueryService): a page
-- is read in index order and the scan stops after it, instead of sorting every event of the filter.
create index event_recent_idx on event ((coalesce(date, date '0001-01-01')) desc, id collate "C");
