-- Messaging tables shared by every service (service-support): the transactional outbox and the
-- consumed-event log of the idempotent consumer. Each service adds its own tables from V1.
create table outbox_event (
    seq          bigserial    primary key,
    id           uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    ce_type      varchar(200) not null,
    ce_source    varchar(200) not null,
    ce_subject   varchar(200),
    ce_time      timestamptz  not null,
    payload      bytea        not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
-- The relay reads only pending rows, in order.
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table consumed_event (
    event_id     uuid         primary key,
    topic        varchar(200) not null,
    consumed_at  timestamptz  not null default now()
);
