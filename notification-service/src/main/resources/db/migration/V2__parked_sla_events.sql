-- Deadline events that arrived before the dossier's DossierReceived (two topics, no order between
-- them: e.g. after a restart the sla consumer may run ahead). Replayed when the receipt arrives.
create table parked_sla_event (
    event_id     uuid          primary key,
    dossier_code varchar(100)  not null,
    ce_type      varchar(200)  not null,
    payload      bytea         not null,
    parked_at    timestamptz   not null
);
create index parked_sla_event_dossier on parked_sla_event (dossier_code, parked_at);
