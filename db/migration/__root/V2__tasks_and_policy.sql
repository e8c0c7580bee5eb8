-- The task inventory (Pasal 9, 22-24) and the PPK's determination of flexible work (Pasal 12 ayat (4), 14, 19 ayat (4), 20 ayat (2), 25 ayat (3), 26).

create table task (
    id                             bigserial primary key,
    code                           varchar(40)  not null unique,
    name                           varchar(300) not null,
    unit_id                        bigint       not null references unit (id),
    -- Pasal 9 ayat (1) huruf a-e: the characteristics of the task.
    char_type                      varchar(500),
    char_environment               varchar(500),
    char_social                    varchar(500),
    char_mental_emotional          varchar(500),
    char_cognitive                 varchar(500),
    -- Pasal 23 huruf a-e (location).
    can_be_done_outside_office     boolean not null default false,
    no_special_room_or_equipment   boolean not null default false,
    doable_with_ict                boolean not null default false,
    minimal_face_to_face           boolean not null default false,
    no_continuous_supervision      boolean not null default false,
    -- Pasal 13 ayat (2) huruf a.
    must_be_outside_office         boolean not null default false,
    -- Pasal 24 ayat (1) huruf a-b (sif).
    more_than_8h30_per_day         boolean not null default false,
    more_than_5_days_per_week      boolean not null default false,
    -- Pasal 24 ayat (2) huruf a (dinamis; huruf b is no_continuous_supervision).
    not_bound_to_institution_hours boolean not null default false,
    version                        bigint  not null default 0
);
create index task_unit_idx on task (unit_id);

create table task_assignment (
    task_id     bigint not null references task (id) on delete cascade,
    employee_id bigint not null references employee (id) on delete cascade,
    assigned_on date   not null default current_date,
    primary key (task_id, employee_id)
);
create index task_assignment_employee_idx on task_assignment (employee_id);

-- Each save of the determination is a new version in force from its date; none is overwritten.
create table policy_version (
    id                          bigserial primary key,
    effective_from              date         not null unique,
    decree_number               varchar(120) not null,
    lokasi_enabled              boolean      not null,
    allowed_locations           varchar(20)[] not null default '{}',
    -- Pasal 13 ayat (1): at most 2 working days a week.
    max_lokasi_days_per_week    smallint     not null check (max_lokasi_days_per_week between 0 and 2),
    -- Pasal 14: the share of employees who may use location flexibility.
    lokasi_percent_cap          smallint     not null check (lokasi_percent_cap between 0 and 100),
    fixed_lokasi_weekdays       varchar(10)[] not null default '{}',
    sif_enabled                 boolean      not null,
    sif_unit_codes              varchar(30)[] not null default '{}',
    dinamis_enabled             boolean      not null,
    dinamis_earliest_start      time,
    dinamis_latest_end          time,
    dinamis_core_start          time,
    dinamis_core_end            time,
    dinamis_min_minutes_per_day smallint,
    late_start_max_minutes      smallint     not null default 0 check (late_start_max_minutes >= 0),
    new_employee_months         smallint     not null check (new_employee_months >= 0),
    min_predikat                varchar(20),
    min_office_presence_percent smallint     not null check (min_office_presence_percent between 0 and 100),
    code_of_conduct             text         not null,
    created_by                  varchar(60)  not null,
    created_at                  timestamptz  not null default now()
);

-- Pasal 26: criteria the PPK adds after coordinating with the Minister.
create table policy_additional_criterion (
    policy_version_id   bigint       not null references policy_version (id) on delete cascade,
    code                varchar(40)  not null,
    description         varchar(1000) not null,
    coordination_letter varchar(200) not null,
    primary key (policy_version_id, code)
);
