-- Monitoring and evaluation of flexible work (Pasal 35): tiered, first by the unit head for a unit and its
-- sub-units, then by the PPK for the institution, at least once every 6 months (ayat (2)).

create table evaluation (
    id                     bigserial primary key,
    -- UNIT: a unit head's evaluation of a unit and its sub-units; INSTANSI: the PPK's of the institution.
    level                  varchar(10)  not null check (level in ('UNIT', 'INSTANSI')),
    unit_id                bigint references unit (id),
    period_from            date         not null,
    period_to              date         not null,
    status                 varchar(10)  not null check (status in ('DRAFT', 'FINAL')),
    findings               text,
    recommendation         varchar(20) check (recommendation in ('LANJUTKAN', 'SESUAIKAN', 'HENTIKAN_SEBAGIAN')),
    -- The tasks whose flexible work the recommendation stops or adjusts (task codes).
    recommendation_tasks   varchar(40)[] not null default '{}',
    -- The figures as they stood when the evaluation was finalized; a draft computes them on each reading.
    figures                jsonb,
    opened_by              varchar(60)  not null,
    opened_at              timestamptz  not null,
    finalized_by           varchar(60),
    finalized_at           timestamptz,
    -- The day it was finalized in the institution's time (WIB): the date of the signature.
    finalized_on           date,
    -- Who signs: the head of the unit, or the PPK.
    signer_name            varchar(200),
    signer_nip             varchar(18),
    version                bigint       not null default 0,
    check ((level = 'UNIT') = (unit_id is not null)),
    check (period_to >= period_from),
    check ((status = 'FINAL') = (figures is not null and finalized_at is not null and finalized_on is not null
                                 and findings is not null and recommendation is not null))
);
-- One evaluation per unit (or the institution) and period.
create unique index evaluation_period_idx on evaluation (level, coalesce(unit_id, 0), period_from, period_to);
create index evaluation_unit_idx on evaluation (unit_id);

-- A finalized evaluation is a record of what was found and decided: it is never changed or removed.
create function evaluation_final_is_frozen() returns trigger language plpgsql as $$
begin
    if old.status = 'FINAL' then
        raise exception 'evaluation % is final', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger evaluation_final_frozen before update or delete on evaluation
    for each row execute function evaluation_final_is_frozen();

-- Service indicators the institution measures per unit and period (e.g. IKM, Indeks Kepuasan Masyarakat),
-- read by the evaluation of organisational performance (Pasal 35).
create table service_indicator (
    id          bigserial primary key,
    unit_id     bigint        not null references unit (id),
    period_from date          not null,
    period_to   date          not null,
    name        varchar(200)  not null,
    value       numeric(14, 2) not null,
    measure     varchar(60)   not null,
    recorded_by varchar(60)   not null,
    recorded_at timestamptz   not null default now(),
    check (period_to >= period_from),
    unique (unit_id, period_from, period_to, name)
);
create index service_indicator_period_idx on service_indicator (period_from, period_to);
