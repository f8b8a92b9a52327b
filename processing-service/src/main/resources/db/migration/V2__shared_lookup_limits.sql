-- The public lookup's allowances and result links, shared by every instance (they were in memory, per instance,
-- so N instances allowed N times the guesses). An attempt is reserved before the lookup, under a per-key lock.
create table lookup_attempt (
    id     bigserial     primary key,
    scope  varchar(10)   not null,
    key    varchar(200)  not null,
    at     timestamptz   not null
);
create index lookup_attempt_key on lookup_attempt (scope, key, at);
create index lookup_attempt_at on lookup_attempt (at);

create table lookup_grant (
    token         varchar(40)  primary key,
    dossier_code  varchar(64)  not null,
    phone_last4   varchar(4)   not null,
    expires_at    timestamptz  not null
);
create index lookup_grant_expiry on lookup_grant (expires_at);
