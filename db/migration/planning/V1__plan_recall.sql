-- A head recalls an employee to the office on a day of an approved plan (Pasal 8 ayat (2); 27): the day becomes an
-- office day in place and what it was before is kept here, with the reason and who recalled it.
create table plan_amendment (
    id               bigserial    primary key,
    plan_id          bigint       not null references weekly_plan (id) on delete cascade,
    day              date         not null,
    kind             varchar(10)  not null check (kind in ('RECALL')),
    before_kind      varchar(12)  not null,
    before_start     time,
    before_end       time,
    before_break     smallint,
    before_office    varchar(30),
    before_note      varchar(500),
    after_kind       varchar(12)  not null,
    reason           varchar(500) not null,
    amended_by       varchar(60)  not null,
    amended_by_name  varchar(200) not null,
    amended_at       timestamptz  not null
);
create index plan_amendment_plan_idx on plan_amendment (plan_id, day);

-- The figures kept from approved plans follow them out again: a withdrawn approval (the plan becomes rejected) takes
-- its days out of presence_day and plan_away_week, as its approval put them in.
create function plan_figures_follow_withdrawals() returns trigger language plpgsql as $$
begin
    update presence_day f
    set away = f.away - c.away, absent = f.absent - c.absent, kantor_lain = f.kantor_lain - c.kantor_lain,
        rumah = f.rumah - c.rumah, lokasi_lain = f.lokasi_lain - c.lokasi_lain
    from (select o.unit_id, d.day,
                 count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')) as away,
                 count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR')) as absent,
                 count(*) filter (where d.kind = 'KANTOR_LAIN') as kantor_lain,
                 count(*) filter (where d.kind = 'RUMAH') as rumah,
                 count(*) filter (where d.kind = 'LOKASI_LAIN') as lokasi_lain
          from old_plans o join new_plans p on p.id = o.id join plan_day d on d.plan_id = o.id
          where o.status = 'APPROVED' and p.status <> 'APPROVED' and d.day - o.week_start < 5
          group by o.unit_id, d.day) c
    where f.unit_id = c.unit_id and f.day = c.day;
    delete from plan_away_week
    where plan_id = any(array(select o.id from old_plans o join new_plans p on p.id = o.id
                              where o.status = 'APPROVED' and p.status <> 'APPROVED'));
    return null;
end $$;
create trigger weekly_plan_withdrawn_figures after update on weekly_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function plan_figures_follow_withdrawals();

-- A day of an approved plan changed in place (a recall) moves from its old kind's counts to its new kind's.
create function plan_figures_follow_changed_days() returns trigger language plpgsql as $$
begin
    -- each changed day of an approved plan once with its new kind (+1) and once with its old kind (-1)
    update presence_day f
    set away = f.away + c.away, absent = f.absent + c.absent, kantor_lain = f.kantor_lain + c.kantor_lain,
        rumah = f.rumah + c.rumah, lokasi_lain = f.lokasi_lain + c.lokasi_lain
    from (select p.unit_id, d.day,
                 coalesce(sum(d.sign) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')), 0) as away,
                 coalesce(sum(d.sign) filter (where d.kind in ('CUTI', 'DINAS_LUAR')), 0) as absent,
                 coalesce(sum(d.sign) filter (where d.kind = 'KANTOR_LAIN'), 0) as kantor_lain,
                 coalesce(sum(d.sign) filter (where d.kind = 'RUMAH'), 0) as rumah,
                 coalesce(sum(d.sign) filter (where d.kind = 'LOKASI_LAIN'), 0) as lokasi_lain
          from (select plan_id, day, kind, 1 as sign from new_days
                union all select plan_id, day, kind, -1 from old_days) d
              join weekly_plan p on p.id = d.plan_id
          where p.status = 'APPROVED' and d.day - p.week_start < 5
          group by p.unit_id, d.day) c
    where f.unit_id = c.unit_id and f.day = c.day;
    -- a day that moves into a counted kind where its unit had no row yet
    insert into presence_day (unit_id, day, away, absent, kantor_lain, rumah, lokasi_lain)
    select p.unit_id, d.day,
           count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
           count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR')),
           count(*) filter (where d.kind = 'KANTOR_LAIN'), count(*) filter (where d.kind = 'RUMAH'),
           count(*) filter (where d.kind = 'LOKASI_LAIN')
    from new_days d join weekly_plan p on p.id = d.plan_id
    where p.status = 'APPROVED' and d.day - p.week_start < 5
      and d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN', 'CUTI', 'DINAS_LUAR')
    group by p.unit_id, d.day
    on conflict (unit_id, day) do nothing;

    insert into plan_away_week (plan_id, employee_id, unit_id, week_start, kantor_lain, rumah, lokasi_lain, cuti,
                                dinas_luar)
    select p.id, p.employee_id, p.unit_id, p.week_start, 0, 0, 0, 0, 0
    from weekly_plan p
    where p.status = 'APPROVED' and p.id = any(array(select distinct plan_id from new_days))
    on conflict (plan_id) do nothing;
    update plan_away_week w
    set kantor_lain = w.kantor_lain + c.kantor_lain, rumah = w.rumah + c.rumah,
        lokasi_lain = w.lokasi_lain + c.lokasi_lain, cuti = w.cuti + c.cuti, dinas_luar = w.dinas_luar + c.dinas_luar
    from (select d.plan_id,
                 coalesce(sum(d.sign) filter (where d.kind = 'KANTOR_LAIN'), 0) as kantor_lain,
                 coalesce(sum(d.sign) filter (where d.kind = 'RUMAH'), 0) as rumah,
                 coalesce(sum(d.sign) filter (where d.kind = 'LOKASI_LAIN'), 0) as lokasi_lain,
                 coalesce(sum(d.sign) filter (where d.kind = 'CUTI'), 0) as cuti,
                 coalesce(sum(d.sign) filter (where d.kind = 'DINAS_LUAR'), 0) as dinas_luar
          from (select plan_id, kind, 1 as sign from new_days
                union all select plan_id, kind, -1 from old_days) d
              join weekly_plan p on p.id = d.plan_id
          where p.status = 'APPROVED'
          group by d.plan_id) c
    where w.plan_id = c.plan_id;
    return null;
end $$;
create trigger plan_day_changed_figures after update on plan_day
    referencing old table as old_days new table as new_days
    for each statement execute function plan_figures_follow_changed_days();
