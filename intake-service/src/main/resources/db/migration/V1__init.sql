-- intake-service: reference data (calendars, agencies, procedure versions) and received dossiers.

-- Calendars as served by GET /api/v1/calendars/{id}; the JSON is also what calendar.v1 carries.
create table calendar (
    id          varchar(100)  primary key,
    definition  text          not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null
);

-- The agency tree. path = codes from the root down to and including the agency, joined by '/',
-- so that "is X within Y" and AgencyRef.path need no recursive query.
create table agency (
    code         varchar(60)   primary key,
    name         varchar(300)  not null,
    level        varchar(20)   not null,
    parent_code  varchar(60)   references agency (code),
    calendar_id  varchar(100)  not null,
    active       boolean       not null,
    path         varchar(1000) not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index agency_parent on agency (parent_code);

-- Every version of every procedure; a dossier keeps the version in force when it was received.
create table procedure_version (
    code                    varchar(40)   not null,
    version                 integer       not null,
    name                    varchar(500)  not null,
    field_code              varchar(60)   not null,
    field_name              varchar(300)  not null,
    deciding_agency_code    varchar(60)   not null references agency (code),
    time_amount             integer       not null,
    time_unit               varchar(20)   not null,
    online_time_amount      integer,
    online_time_unit        varchar(20),
    supplement_policy       varchar(10)   not null,
    required_documents      text          not null,
    effective_from          timestamptz   not null,
    created_at              timestamptz   not null,
    created_by              varchar(200)  not null,
    primary key (code, version)
);
create index procedure_version_in_force on procedure_version (code, effective_from desc, version desc);

-- Per receiving agency and day (Asia/Ho_Chi_Minh): the last sequence number handed out.
-- Incremented with insert ... on conflict do update in the receipt's transaction, so numbers are
-- unique and, since a rolled-back receipt also rolls back its increment, consecutive.
create table dossier_sequence (
    agency_code  varchar(60)  not null,
    day          date         not null,
    last_value   integer      not null,
    primary key (agency_code, day)
);

create table dossier (
    code                   varchar(80)   primary key,
    procedure_code         varchar(40)   not null,
    procedure_version      integer       not null,
    receiving_agency_code  varchar(60)   not null references agency (code),
    deciding_agency_code   varchar(60)   not null references agency (code),
    channel                varchar(20)   not null,
    received_at            timestamptz   not null,
    entered_at             timestamptz   not null,
    entered_by             varchar(200)  not null,
    due_at                 timestamptz   not null,
    calendar_id            varchar(100)  not null,
    receipt                text          not null,
    foreign key (procedure_code, procedure_version) references procedure_version (code, version)
);
create index dossier_receiving_agency on dossier (receiving_agency_code, received_at);

-- Idempotency-Key of POST /api/v1/dossiers: the first successful answer, replayed for the same body.
create table idempotency_key (
    idempotency_key  varchar(200)  primary key,
    request_hash     varchar(64)   not null,
    dossier_code     varchar(80),
    response_body    text,
    created_at       timestamptz   not null
);
