-- Weekly plans of the demo, counted from the week the demo is loaded in: approved plans for the last eight weeks
-- and this one (so the dashboards, calendars and evaluations have figures), and two plans of next week waiting
-- for the head of DISKOMINFO (the account kepala). Kartika Nugroho (the account pegawai) has none: she plans
-- her own weeks. Each pattern keeps to Pasal 13 ayat (1) (at most 2 location days) and to the units' caps.
with people(nip, kinds) as (values
        ('198012152004101004', array['KANTOR', 'LOKASI_LAIN', 'KANTOR', 'KANTOR', 'LOKASI_LAIN']),
        ('198607062019062005', array['KANTOR', 'KANTOR', 'RUMAH', 'KANTOR', 'KANTOR']),
        ('198301222005092006', array['KANTOR', 'KANTOR', 'KANTOR', 'KANTOR', 'RUMAH']),
        ('197701182022032006', array['RUMAH', 'KANTOR', 'KANTOR', 'KANTOR', 'KANTOR']),
        ('197502192013111008', array['KANTOR', 'KANTOR', 'KANTOR', 'RUMAH', 'KANTOR']),
        ('199312102015102009', array['KANTOR', 'KANTOR', 'KANTOR', 'RUMAH', 'RUMAH']),
        ('197510042010012002', array['KANTOR', 'RUMAH', 'KANTOR', 'KANTOR', 'KANTOR'])),
     weeks(monday) as (
         select (date_trunc('week', current_date)::date + 7 * w) from generate_series(-8, 0) as w),
     plans as (
         insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict, warnings,
                                  submitted_at, submitted_by, decided_at, decided_by, decided_by_name)
         select e.id, e.unit_id, to_char(w.monday, 'IYYY-"W"IW'), w.monday, 'NONE', 'APPROVED',
                jsonb_build_object('valid', true, 'requiredMinutes', 2250, 'plannedMinutes', 2250,
                                   'lokasiDays', (select count(*) from unnest(p.kinds) k where k <> 'KANTOR'),
                                   'violations', '[]'::jsonb, 'exceptionsApplied', '[]'::jsonb),
                0, w.monday - 3 + time '10:00', e.nip, w.monday - 2 + time '09:00',
                -- the head's account: kepala for DISKOMINFO, the NIP for the others (accounts follow the scripts)
                (select case hd.nip when '197608222012071001' then 'kepala' else hd.nip end
                 from unit_head h join employee hd on hd.id = h.employee_id
                 where h.unit_id = e.unit_id and h.ended_on is null),
                (select hd.name from unit_head h join employee hd on hd.id = h.employee_id
                 where h.unit_id = e.unit_id and h.ended_on is null)
         from people p join employee e on e.nip = p.nip cross join weeks w
         returning id, employee_id, week_start)
insert into plan_day (plan_id, day, kind)
select pl.id, pl.week_start + d, p.kinds[d + 1]
from plans pl join employee e on e.id = pl.employee_id join people p on p.nip = e.nip
cross join generate_series(0, 4) as d;

with people(nip, kinds) as (values
        ('198607062019062005', array['KANTOR', 'RUMAH', 'KANTOR', 'RUMAH', 'KANTOR']),
        ('198301222005092006', array['KANTOR', 'KANTOR', 'KANTOR', 'KANTOR', 'RUMAH'])),
     plans as (
         insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict, warnings,
                                  submitted_at, submitted_by)
         select e.id, e.unit_id, to_char(date_trunc('week', current_date)::date + 7, 'IYYY-"W"IW'),
                date_trunc('week', current_date)::date + 7, 'NONE', 'SUBMITTED',
                jsonb_build_object('valid', true, 'requiredMinutes', 2250, 'plannedMinutes', 2250,
                                   'lokasiDays', (select count(*) from unnest(p.kinds) k where k <> 'KANTOR'),
                                   'violations', '[]'::jsonb, 'exceptionsApplied', '[]'::jsonb),
                0, now(), e.nip
         from people p join employee e on e.nip = p.nip
         returning id, employee_id, week_start)
insert into plan_day (plan_id, day, kind)
select pl.id, pl.week_start + d, p.kinds[d + 1]
from plans pl join employee e on e.id = pl.employee_id join people p on p.nip = e.nip
cross join generate_series(0, 4) as d;
