-- The stored standing of every active employee: whether they may use each kind of flexible work on a day, as
-- id.fleksi.rules.Eligibility judged them, so that the list of who may use what is filtered by eligibility in SQL.
-- One row per employee for the day of the latest run (with their unit when judged); a run replaces the rows of the
-- day before, and a change HR records about one employee recomputes that employee's row for the same day.
create table eligibility_standing (
    employee_id bigint  primary key references employee (id),
    day         date    not null,
    unit_id     bigint  not null,
    lokasi      boolean not null,
    sif         boolean not null,
    dinamis     boolean not null
);

-- How many active employees of each unit and type stand so, kept with the standings: the list's count without a
-- search text is a sum of these rather than a count of a quarter of a million rows.
create table eligibility_standing_count (
    unit_id       bigint  not null,
    employee_type text    not null,
    lokasi        boolean not null,
    sif           boolean not null,
    dinamis       boolean not null,
    employees     integer not null,
    primary key (unit_id, employee_type, lokasi, sif, dinamis)
);

-- One row per run over the whole institution, written in the transaction that stores its standings: the day judged,
-- the determination version in force on it (null when none was) and when it was computed. The standings answer
-- only for the latest run's day, and only while the same version is in force on it.
create table eligibility_standing_run (
    id                bigserial   primary key,
    day               date        not null,
    policy_version_id bigint,
    employees         integer     not null,
    computed_at       timestamptz not null,
    computed_by       text        not null
);
