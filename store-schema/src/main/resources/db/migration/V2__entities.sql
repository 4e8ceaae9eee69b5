-- What entity-service extracts and resolves. Identity rests on these constraints: officials, organisations and
-- agreements have deterministic ids derived from their identity keys (insert ... on conflict), events are resolved
-- under an advisory lock on their party set (see EventResolver).
create extension if not exists pg_trgm;

create table official (
    id           varchar(40)  primary key,
    identity_key varchar(300) not null unique, -- "<country>:<name key>", country "??" when unknown
    name         text         not null,        -- display name, as most often printed, diacritics kept
    name_key     varchar(300) not null,        -- folded name tokens, sorted: order-insensitive
    ascii_name   text         not null,        -- folded display name, for search and sorting
    country      char(2),
    rank         text,
    search_text  text         not null,        -- folded names and aliases, for trigram search
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create index official_name_key_idx on official (name_key);
create index official_country_idx on official (country, ascii_name);
create index official_search_idx on official using gin (search_text gin_trgm_ops);

create table official_alias (
    official_id varchar(40) not null references official (id),
    alias       text        not null,
    times_seen  integer     not null default 1,
    first_seen  date,
    last_seen   date,
    primary key (official_id, alias)
);

-- titles are time-bounded: a new title adds a post, never a new person. One row per printed wording of a post
-- ("Standing Deputy Minister..." / "Permanent Deputy Minister..."); the post is the canonical title.
create table official_post (
    official_id  varchar(40) not null references official (id),
    title        text        not null, -- canonical form
    printed      text        not null, -- as printed
    organization text,
    first_seen   date,
    last_seen    date,
    primary key (official_id, title, printed)
);

create table organization (
    id           varchar(40)  primary key,
    identity_key varchar(300) not null unique, -- "<country or INT>:<folded name>"
    name         text         not null,
    kind         varchar(32),
    country      char(2),
    created_at   timestamptz  not null default now()
);

create table organization_alias (
    organization_id varchar(40) not null references organization (id),
    alias           text        not null,
    primary key (organization_id, alias)
);

create table event (
    id             varchar(40) primary key,
    kind           varchar(32) not null,
    name           text,
    ordinal        integer,
    date           date,
    date_precision varchar(8),
    city           text,
    host_country   char(2),
    parties_key    varchar(200) not null, -- sorted ISO codes joined by '-', e.g. "JP-VN"
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index event_parties_date_idx on event (parties_key, date);
create index event_date_idx on event (date);

create table event_party (
    event_id varchar(40) not null references event (id),
    country  char(2)     not null,
    primary key (event_id, country)
);
create index event_party_country_idx on event_party (country);

create table event_participant (
    event_id    varchar(40) not null references event (id),
    official_id varchar(40) not null references official (id),
    role        varchar(32) not null,
    primary key (event_id, official_id)
);
create index event_participant_official_idx on event_participant (official_id);

create table event_topic (
    event_id varchar(40) not null references event (id),
    topic    text        not null,
    primary key (event_id, topic)
);

create table event_source (
    event_id   varchar(40) not null references event (id),
    article_id varchar(64) not null references article (id),
    main       boolean     not null default false, -- the event this article is mainly about
    primary key (event_id, article_id)
);
create index event_source_article_idx on event_source (article_id);

create table agreement (
    id             varchar(40)  primary key,
    identity_key   varchar(400) not null unique, -- "<kind>:<parties>:<subject key>"
    kind           varchar(40)  not null,
    subject        text,
    subject_key    varchar(200),
    parties_key    varchar(200) not null,
    date           date,
    date_precision varchar(8),
    status         varchar(32)  not null, -- the strongest seen: signed_in_this_event > referenced > planned
    event_id       varchar(40)  references event (id),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index agreement_parties_idx on agreement (parties_key, date);

create table agreement_party (
    agreement_id varchar(40) not null references agreement (id),
    country      char(2)     not null,
    primary key (agreement_id, country)
);
create index agreement_party_country_idx on agreement_party (country);

create table agreement_organization (
    agreement_id varchar(40) not null references agreement (id),
    organization text        not null, -- "Ministry of Defence (JP)"
    primary key (agreement_id, organization)
);

create table agreement_signatory (
    agreement_id varchar(40) not null references agreement (id),
    official_id  varchar(40) not null references official (id),
    primary key (agreement_id, official_id)
);

create table agreement_source (
    agreement_id varchar(40) not null references agreement (id),
    article_id   varchar(64) not null references article (id),
    status       varchar(32) not null, -- what this article says of it
    primary key (agreement_id, article_id)
);
create index agreement_source_article_idx on agreement_source (article_id);

-- What each article said of each official: titles and rank as printed there, role at its main event.
create table article_official (
    article_id  varchar(64) not null references article (id),
    official_id varchar(40) not null references official (id),
    printed_name text       not null,
    titles      jsonb       not null, -- [{"canonical": ..., "printed": ..., "organization": ...}]
    rank        text,
    role        varchar(32),
    primary key (article_id, official_id)
);
create index article_official_official_idx on article_official (official_id);

-- Evidence: every span of every article that refers to a stored entity.
create table mention (
    id             bigserial   primary key,
    article_id     varchar(64) not null references article (id),
    entity_type    varchar(16) not null, -- official, organization, event, agreement, country
    entity_id      varchar(40) not null,
    start_offset   integer     not null,
    end_offset     integer     not null,
    text           text        not null,
    sentence_start integer,
    sentence_end   integer
);
create index mention_entity_idx on mention (entity_type, entity_id);
create index mention_article_idx on mention (article_id);

-- Why an article's mention was resolved to an entity: created, or matched with which features and score.
create table resolution (
    entity_type varchar(16)  not null,
    entity_id   varchar(40)  not null,
    article_id  varchar(64)  not null references article (id),
    decision    varchar(16)  not null, -- created, matched
    score       numeric(5,3) not null,
    features    jsonb        not null,
    created_at  timestamptz  not null default now(),
    primary key (entity_type, entity_id, article_id)
);

create table article_country (
    article_id varchar(64) not null references article (id),
    country    char(2)     not null,
    primary key (article_id, country)
);
create index article_country_country_idx on article_country (country);
