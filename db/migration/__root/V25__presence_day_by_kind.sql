-- The presence figures per unit and working day also by kind of location (Pasal 11 huruf a: another office, home,
-- another place), so that an evaluation's days of location flexibility read the stored figures of its period
-- instead of the plans' days. away stays their sum.
alter table presence_day
    add column kantor_lain integer not null default 0 check (kantor_lain >= 0),
    add column rumah       integer not null default 0 check (rumah >= 0),
    add column lokasi_lain integer not null default 0 check (lokasi_lain >= 0);

update presence_day f set kantor_lain = c.kantor_lain, rumah = c.rumah, lokasi_lain = c.lokasi_lain
from (select p.unit_id, d.day,
             count(*) filter (where d.kind = 'KANTOR_LAIN') as kantor_lain,
             count(*) filter (where d.kind = 'RUMAH') as rumah,
             count(*) filter (where d.kind = 'LOKASI_LAIN') as lokasi_lain
      from weekly_plan p join plan_day d on d.plan_id = p.id
      where p.status = 'APPROVED' and d.day - p.week_start < 5
        and d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')
      group by p.unit_id, d.day) c
where f.unit_id = c.unit_id and f.day = c.day;

create or replace function presence_day_count_new_days() returns trigger language plpgsql as $$
begin
    insert into presence_day (unit_id, day, away, absent, kantor_lain, rumah, lokasi_lain)
    select p.unit_id, d.day,
           count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
           count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR')),
           count(*) filter (where d.kind = 'KANTOR_LAIN'), count(*) filter (where d.kind = 'RUMAH'),
           count(*) filter (where d.kind = 'LOKASI_LAIN')
    from new_days d join weekly_plan p on p.id = d.plan_id
    where p.status = 'APPROVED' and d.day - p.week_start < 5
    group by p.unit_id, d.day
    on conflict (unit_id, day) do update
        set away = presence_day.away + excluded.away, absent = presence_day.absent + excluded.absent,
            kantor_lain = presence_day.kantor_lain + excluded.kantor_lain,
            rumah = presence_day.rumah + excluded.rumah,
            lokasi_lain = presence_day.lokasi_lain + excluded.lokasi_lain;
    return null;
end $$;

create or replace function presence_day_count_approved_plans() returns trigger language plpgsql as $$
begin
    insert into presence_day (unit_id, day, away, absent, kantor_lain, rumah, lokasi_lain)
    select p.unit_id, d.day,
           count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
           count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR')),
           count(*) filter (where d.kind = 'KANTOR_LAIN'), count(*) filter (where d.kind = 'RUMAH'),
           count(*) filter (where d.kind = 'LOKASI_LAIN')
    from new_plans p join old_plans o on o.id = p.id join plan_day d on d.plan_id = p.id
    where p.status = 'APPROVED' and o.status <> 'APPROVED' and d.day - p.week_start < 5
    group by p.unit_id, d.day
    on conflict (unit_id, day) do update
        set away = presence_day.away + excluded.away, absent = presence_day.absent + excluded.absent,
            kantor_lain = presence_day.kantor_lain + excluded.kantor_lain,
            rumah = presence_day.rumah + excluded.rumah,
            lokasi_lain = presence_day.lokasi_lain + excluded.lokasi_lain;
    return null;
end $$;
