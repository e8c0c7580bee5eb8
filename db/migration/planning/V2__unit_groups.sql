-- Alternating groups of a unit that is not designated for sif: the unit's head splits the unit into named groups, each
-- with its home days (location flexibility, Pasal 12 ayat (1) huruf b) per week of a cycle of 1 to 4 ISO weeks, at most
-- the cap of Pasal 13 ayat (1) a week, so that the unit stays staffed every working day (Pasal 27). The unit and the
-- employees are the organisation's: they are named by id and read through its published views.
create table unit_group (
    id          bigserial    primary key,
    unit_id     bigint       not null,
    name        varchar(60)  not null,
    cycle_weeks smallint     not null check (cycle_weeks between 1 and 4),
    version     bigint       not null default 0,
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create unique index unit_group_name_idx on unit_group (unit_id, lower(name));

-- The home days of a group: weekday 1 (Monday) to 5 (Friday) of week 1 to cycle_weeks of the cycle.
create table unit_group_home_day (
    group_id   bigint   not null references unit_group (id) on delete cascade,
    cycle_week smallint not null check (cycle_week between 1 and 4),
    weekday    smallint not null check (weekday between 1 and 5),
    primary key (group_id, cycle_week, weekday)
);

-- Each employee belongs to at most one group.
create table unit_group_member (
    employee_id bigint      primary key,
    group_id    bigint      not null references unit_group (id) on delete cascade,
    added_by    varchar(60) not null,
    added_at    timestamptz not null default now()
);
create index unit_group_member_group_idx on unit_group_member (group_id);
