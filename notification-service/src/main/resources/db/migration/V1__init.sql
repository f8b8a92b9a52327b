-- notification-service: what it knows about dossiers, the staff directory, calendars, and the
-- notices with their delivery log. Messaging tables come from service-support (db/messaging).

-- The notice context of a dossier, kept from DossierReceived and later lifecycle events.
-- applicant_json / authorised_json hold personal data (contacts): never log them.
create table dossier_context (
    dossier_code          varchar(64)   primary key,
    procedure_code        varchar(64)   not null,
    procedure_name        varchar(500)  not null,
    deciding_agency_code  varchar(64)   not null,
    deciding_agency_name  varchar(300)  not null,
    deciding_agency_path  varchar(1000) not null,
    receiving_agency_code varchar(64)   not null,
    receiving_agency_path varchar(1000) not null,
    received_at           timestamptz   not null,
    due_at                timestamptz   not null,
    calendar_id           varchar(100),
    applicant_json        text          not null,
    authorised_json       text,
    holding_unit_code     varchar(64),
    holding_officer       varchar(200),
    rescheduled           boolean       not null default false,
    ended                 boolean       not null default false,
    updated_at            timestamptz   not null
);

-- Staff directory: who receives alerts for an agency (absent = the configured fallback pattern).
create table agency_contact (
    agency_code     varchar(64)  primary key,
    leader_email    varchar(200),
    operator_email  varchar(200),
    counter_email   varchar(200),
    updated_at      timestamptz  not null
);

-- Calendars consumed from calendar.v1 (the JSON as intake serves it).
create table business_calendar (
    id          varchar(100) primary key,
    definition  text         not null,
    updated_at  timestamptz  not null
);

-- Serial numbers of letters, per agency per year (Số: n/yyyy/PXL).
create table notice_serial (
    agency_code  varchar(64) not null,
    year         integer     not null,
    last_number  integer     not null,
    primary key (agency_code, year)
);

-- One notice per (dossier, episode, kind): the unique key is what makes redelivery harmless.
create table notice (
    id               uuid          primary key,
    dossier_code     varchar(64)   not null,
    episode          integer       not null,
    kind             varchar(30)   not null,
    status           varchar(10)   not null,
    agency_code      varchar(64)   not null,
    access_path      varchar(2000) not null,
    serial_number    varchar(40),
    recipient_name   varchar(300),
    email_to         varchar(1000),
    email_cc         varchar(1000),
    phone            varchar(30),
    channel_plan     varchar(100)  not null default '',
    channel_index    integer       not null default 0,
    channel_attempts integer       not null default 0,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    channel          varchar(10),
    reason           varchar(2000),
    original_due_at  timestamptz,
    new_due_at       timestamptz,
    subject          varchar(500)  not null default '',
    body_html        text          not null default '',
    body_text        text          not null default '',
    sms_text         varchar(1000),
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    constraint notice_once unique (dossier_code, episode, kind)
);
-- The delivery worker reads only notices waiting for an attempt.
create index notice_waiting on notice (next_attempt_at) where status in ('PENDING', 'HELD');

-- Every delivery attempt: channel, time, result, error and what was sent.
create table delivery_attempt (
    id                bigserial     primary key,
    notice_id         uuid          not null references notice (id),
    attempt_no        integer       not null,
    channel           varchar(10)   not null,
    attempted_at      timestamptz   not null,
    result            varchar(20)   not null,
    recipient_masked  varchar(300),
    error             varchar(1000),
    content           text
);
create index delivery_attempt_notice on delivery_attempt (notice_id, id);
