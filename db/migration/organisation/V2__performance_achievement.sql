-- Pasal 35 ayat (3) huruf b: the SKP achievement (nilai capaian SKP) of an employee for a period of appraisal, as
-- the appraisal system exports it, with the predicate of the period when it gives one.
create table performance_achievement (
    employee_id bigint       not null references employee (id),
    period_from date         not null,
    period_to   date         not null,
    score       numeric(5, 2) not null check (score between 0 and 100),
    predikat    varchar(20) check (predikat in
                    ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    source      varchar(200),
    recorded_by varchar(60)  not null,
    recorded_at timestamptz  not null default now(),
    primary key (employee_id, period_from, period_to),
    check (period_to >= period_from),
    check (period_to < period_from + interval '1 year')
);
create index performance_achievement_period_idx on performance_achievement (period_from, period_to);

create view personnel_achievement (employee_id, period_from, period_to, score, predikat) as
select employee_id, period_from, period_to, score, predikat from performance_achievement;
