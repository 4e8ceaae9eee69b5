-- Articles as submitted (ingest-service writes them 'pending'), processed by entity-service.
create table article (
    id             varchar(64)  primary key,
    url            text,
    title          text,
    publisher      text,
    published_at   date,
    language       varchar(16),
    text           text         not null,
    status         varchar(16)  not null default 'pending'
                   check (status in ('pending', 'processed', 'failed')),
    failure_reason text,
    queued         boolean      not null default false, -- the broker acknowledged the article event
    received_at    timestamptz  not null default now(),
    processed_at   timestamptz
);
create index article_received_at_idx on article (received_at);

-- The outbox: every change to the store, in commit order. Sequence ids are assigned under a transaction-level
-- advisory lock (see ChangeLogRepository), so they are gap-free and a reader that has seen N has seen all <= N.
-- Single source for the Kafka change topic and for SSE replay.
create table change_log (
    seq        bigint       primary key,
    type       varchar(64)  not null,
    entity_id  varchar(64)  not null,
    payload    jsonb        not null,
    created_at timestamptz  not null default now()
);
create index change_log_entity_idx on change_log (entity_id);

-- Where the relay stands: the highest sequence published to attache.changes.v1. One row; its row lock makes
-- the relay single-writer across entity-service instances.
create table change_relay (
    id                 smallint primary key check (id = 1),
    last_published_seq bigint   not null
);
insert into change_relay (id, last_published_seq) values (1, 0);
