-- An employee asks to change their approved plan with a reason; the head of the plan's unit decides (Pasal 8 ayat
-- (2)). The days asked for are kept beside the request until then; at most one request of a plan waits at a time.
create table plan_amendment_request (
    id              bigserial    primary key,
    plan_id         bigint       not null references weekly_plan (id) on delete cascade,
    status          varchar(10)  not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    flex_type       varchar(10)  not null,
    reason          varchar(500) not null,
    verdict         jsonb        not null,
    warnings        integer      not null default 0,
    plan_version    bigint       not null,
    requested_by    varchar(60)  not null,
    requested_at    timestamptz  not null,
    decided_at      timestamptz,
    decided_by      varchar(60),
    decided_by_name varchar(200),
    decision_note   varchar(500)
);
create unique index plan_amendment_request_pending_idx on plan_amendment_request (plan_id)
    where status = 'REQUESTED';
create index plan_amendment_request_plan_idx on plan_amendment_request (plan_id, requested_at);
create index plan_amendment_request_waiting_idx on plan_amendment_request (status, requested_at);

-- the days of the week as the employee asks for them, as plan_day holds a plan's
create table plan_amendment_request_day (
    request_id       bigint       not null references plan_amendment_request (id) on delete cascade,
    day              date         not null,
    kind             varchar(12)  not null,
    start_time       time,
    end_time         time,
    break_minutes    smallint,
    office_unit_code varchar(30),
    note             varchar(500),
    primary key (request_id, day)
);

-- The changes of an approved plan now also come from an approved request, a day of which may be added (not worked
-- before: no kind before) or dropped (not worked after: no kind after).
alter table plan_amendment drop constraint plan_amendment_kind_check;
alter table plan_amendment add constraint plan_amendment_kind_check check (kind in ('RECALL', 'REQUEST'));
alter table plan_amendment alter column before_kind drop not null;
alter table plan_amendment alter column after_kind drop not null;
alter table plan_amendment add column request_id bigint references plan_amendment_request (id);

-- A day taken out of an approved plan leaves the figures kept from approved plans, as a day added to one enters them
-- (presence_day_count_new_days, plan_away_week_count_new_days) and a day changed moves in them (planning V1).
create function plan_figures_follow_removed_days() returns trigger language plpgsql as $$
begin
    update presence_day f
    set away = f.away - c.away, absent = f.absent - c.absent, kantor_lain = f.kantor_lain - c.kantor_lain,
        rumah = f.rumah - c.rumah, lokasi_lain = f.lokasi_lain - c.lokasi_lain
    from (select p.unit_id, d.day,
                 count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')) as away,
                 count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR')) as absent,
                 count(*) filter (where d.kind = 'KANTOR_LAIN') as kantor_lain,
                 count(*) filter (where d.kind = 'RUMAH') as rumah,
                 count(*) filter (where d.kind = 'LOKASI_LAIN') as lokasi_lain
          from old_days d join weekly_plan p on p.id = d.plan_id
          where p.status = 'APPROVED' and d.day - p.week_start < 5
          group by p.unit_id, d.day) c
    where f.unit_id = c.unit_id and f.day = c.day;
    update plan_away_week w
    set kantor_lain = w.kantor_lain - c.kantor_lain, rumah = w.rumah - c.rumah,
        lokasi_lain = w.lokasi_lain - c.lokasi_lain, cuti = w.cuti - c.cuti, dinas_luar = w.dinas_luar - c.dinas_luar
    from (select d.plan_id,
                 count(*) filter (where d.kind = 'KANTOR_LAIN') as kantor_lain,
                 count(*) filter (where d.kind = 'RUMAH') as rumah,
                 count(*) filter (where d.kind = 'LOKASI_LAIN') as lokasi_lain,
                 count(*) filter (where d.kind = 'CUTI') as cuti,
                 count(*) filter (where d.kind = 'DINAS_LUAR') as dinas_luar
          from old_days d join weekly_plan p on p.id = d.plan_id
          where p.status = 'APPROVED'
          group by d.plan_id) c
    where w.plan_id = c.plan_id;
    return null;
end $$;
create trigger plan_day_removed_figures after delete on plan_day
    referencing old table as old_days
    for each statement execute function plan_figures_follow_removed_days();
