-- The audit trail, the personnel records the rules decide on, and the holiday calendar.

-- Every change to the facts the rules decide on: who, when, what, before and after. Append-only.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(60)  not null,
    action       varchar(60)  not null,
    subject_type varchar(40)  not null,
    subject_key  varchar(120) not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_key);
create index audit_event_actor_idx on audit_event (actor);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Pasal 25 ayat (1) huruf a: a disciplinary sanction being served or in process.
create table discipline_record (
    id          bigserial primary key,
    employee_id bigint      not null references employee (id),
    starts_on   date        not null,
    ends_on     date,
    status      varchar(20) not null check (status in ('IN_PROCESS', 'SERVING')),
    note        varchar(1000),
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index discipline_record_employee_idx on discipline_record (employee_id);

-- Pasal 8 ayat (1) huruf b, Pasal 10, Pasal 13 ayat (2) huruf b: special circumstances of an employee.
create table special_circumstance (
    id          bigserial primary key,
    employee_id bigint       not null references employee (id),
    reason      varchar(1000) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    approved_by varchar(200) not null,
    recorded_by varchar(60)  not null,
    recorded_at timestamptz  not null default now(),
    check (ends_on >= starts_on)
);
create index special_circumstance_employee_idx on special_circumstance (employee_id);

-- Pasal 8 ayat (2)-(3): the performance predicate (predikat kinerja) of each year.
create table performance_predicate (
    employee_id bigint      not null references employee (id),
    year        smallint    not null check (year between 2000 and 2100),
    predikat    varchar(20) not null check (predikat in
                    ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null default now(),
    primary key (employee_id, year)
);

-- Pasal 15-16: the employee's own declaration that their work infrastructure is ready.
create table infrastructure_declaration (
    employee_id bigint primary key references employee (id),
    ready       boolean     not null,
    note        varchar(1000),
    declared_at timestamptz not null default now()
);

-- Pasal 26: whether an employee meets an additional criterion of the PPK, as HR recorded it.
create table employee_additional_criterion (
    employee_id bigint      not null references employee (id),
    code        varchar(40) not null,
    met         boolean     not null,
    note        varchar(1000),
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null default now(),
    primary key (employee_id, code)
);

-- National holidays and cuti bersama: a working day on the calendar that nobody works (Pasal 2, 3 ayat (1)).
create table holiday (
    day  date primary key,
    name varchar(200) not null,
    kind varchar(20)  not null check (kind in ('LIBUR_NASIONAL', 'CUTI_BERSAMA'))
);
