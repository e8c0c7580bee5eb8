-- Weekly plans: each employee plans where and when they work for an ISO week; a unit head decides.

create table weekly_plan (
    id              bigserial primary key,
    employee_id     bigint       not null references employee (id),
    -- The placement unit when the plan was submitted: its head decides, its caps apply (Pasal 14, 27).
    unit_id         bigint       not null references unit (id),
    iso_week        varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    week_start      date         not null check (extract(isodow from week_start) = 1),
    flex_type       varchar(10)  not null check (flex_type in ('NONE', 'DINAMIS', 'SIF')),
    status          varchar(10)  not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    -- The verdict when submitted (rule codes, severities, articles, dates and both languages' messages).
    verdict         jsonb        not null,
    warnings        smallint     not null default 0,
    submitted_at    timestamptz  not null,
    submitted_by    varchar(60)  not null,
    decided_at      timestamptz,
    decided_by      varchar(60),
    decision_note   varchar(1000),
    version         bigint       not null default 0,
    unique (employee_id, iso_week),
    check ((status = 'SUBMITTED') = (decided_at is null)),
    check (status <> 'REJECTED' or decision_note is not null)
);
create index weekly_plan_unit_week_idx on weekly_plan (unit_id, week_start, status);
create index weekly_plan_week_status_idx on weekly_plan (week_start, status);

create table plan_day (
    plan_id          bigint      not null references weekly_plan (id) on delete cascade,
    day              date        not null,
    kind             varchar(12) not null
        check (kind in ('KANTOR', 'KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN', 'DINAS_LUAR', 'CUTI', 'SIF')),
    start_time       time,
    end_time         time,
    break_minutes    smallint check (break_minutes is null or break_minutes >= 0),
    office_unit_code varchar(30),
    note             varchar(500),
    primary key (plan_id, day)
);
create index plan_day_day_idx on plan_day (day, kind);
