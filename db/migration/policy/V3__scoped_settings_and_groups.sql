-- Named groups of employees the PPK keeps for scoping the determination (e.g. those posted far from their homebase).
-- Members are named by NIP, as the employee record holds it.
create table policy_group (
    id          bigserial     primary key,
    name        varchar(120)  not null check (length(btrim(name)) > 0),
    description varchar(1000) not null default '',
    created_by  varchar(60)   not null,
    created_at  timestamptz   not null default now()
);
create unique index policy_group_name_idx on policy_group (lower(name));

create table policy_group_member (
    group_id bigint      not null references policy_group (id) on delete cascade,
    nip      varchar(18) not null,
    primary key (group_id, nip)
);
create index policy_group_member_nip_idx on policy_group_member (nip);

-- Which groups each NIP belongs to, for the modules that judge employees.
create view policy_group_membership (group_id, nip) as
select group_id, nip from policy_group_member;

-- A setting of one version of the determination applied to part of the institution only: an additional criterion
-- (Pasal 26, by its code), a dinamis hour arrangement (Pasal 20 ayat (2)) or a minimum office presence (Pasal 27).
-- A unit scope names the unit's code (UNIT: the unit alone; UNIT_TREE: with its sub-units), a position scope the
-- position's name, a group scope the group's id. Each version keeps its own; a new version copies them.
create table policy_scope (
    id                          bigserial    primary key,
    policy_version_id           bigint       not null references policy_version (id) on delete cascade,
    position                    smallint     not null,
    setting                     varchar(20)  not null check (setting in ('KRITERIA_TAMBAHAN', 'DINAMIS_JAM',
                                                                          'LAYANAN_MINIMUM')),
    criterion_code              varchar(40),
    scope_kind                  varchar(20)  not null check (scope_kind in ('UNIT', 'UNIT_TREE', 'POSITION', 'GROUP')),
    scope_target                varchar(200) not null check (length(btrim(scope_target)) > 0),
    dinamis_earliest_start      time,
    dinamis_latest_end          time,
    dinamis_core_start          time,
    dinamis_core_end            time,
    dinamis_min_minutes_per_day smallint,
    min_office_presence_percent smallint check (min_office_presence_percent between 0 and 100),
    check ((setting = 'KRITERIA_TAMBAHAN') = (criterion_code is not null)),
    check ((setting = 'LAYANAN_MINIMUM') = (min_office_presence_percent is not null)),
    check (setting <> 'LAYANAN_MINIMUM' or scope_kind in ('UNIT', 'UNIT_TREE')),
    unique (policy_version_id, position)
);
