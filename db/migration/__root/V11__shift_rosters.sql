-- Shift rosters (Pasal 19): in the units the PPK designated (ayat (4)) employees take turns over days and
-- hours; the unit head sets the division (ayat (3)); each employee still meets the weekly hours (ayat (2)).

-- The shifts a unit works, e.g. Pagi 07.00-14.00; an end before the start is on the next day (a night shift).
create table shift_template (
    id            bigserial primary key,
    unit_id       bigint      not null references unit (id),
    code          varchar(10) not null check (code ~ '^[A-Z0-9]{1,10}$' and code <> 'OFF'),
    name          varchar(60) not null,
    start_time    time        not null,
    end_time      time        not null,
    break_minutes smallint    not null check (break_minutes between 0 and 240),
    -- The fewest employees the unit needs on this shift each day; fewer is a gap.
    min_staff     smallint    not null check (min_staff between 0 and 99),
    version       bigint      not null default 0,
    unique (unit_id, code),
    check (start_time <> end_time)
);

-- A unit's cycle of n weeks: 7 cells a week, each a template code or OFF, day 0 on the Monday starts_on.
create table shift_rotation (
    unit_id   bigint primary key references unit (id),
    starts_on date          not null check (extract(isodow from starts_on) = 1),
    cells     varchar(10)[] not null
        check (cardinality(cells) between 7 and 56 and cardinality(cells) % 7 = 0),
    version   bigint        not null default 0
);

-- Who takes turns in the cycle: each employee starts offset_days into it, so that they share the shifts.
create table shift_rotation_member (
    unit_id     bigint   not null references shift_rotation (unit_id) on delete cascade,
    employee_id bigint   not null references employee (id),
    offset_days smallint not null check (offset_days >= 0),
    primary key (unit_id, employee_id)
);

-- One shift of one employee on one day, generated from the rotation; the template's times are copied, so that
-- a published shift stays as it was published when the template changes later.
create table shift_assignment (
    id            bigserial primary key,
    unit_id       bigint      not null references unit (id),
    employee_id   bigint      not null references employee (id),
    day           date        not null,
    template_code varchar(10) not null,
    template_name varchar(60) not null,
    start_time    time        not null,
    end_time      time        not null,
    break_minutes smallint    not null check (break_minutes >= 0),
    status        varchar(10) not null check (status in ('DRAFT', 'PUBLISHED')),
    generated_at  timestamptz not null,
    generated_by  varchar(60) not null,
    published_at  timestamptz,
    published_by  varchar(60),
    unique (employee_id, day),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index shift_assignment_unit_day_idx on shift_assignment (unit_id, day, status);
