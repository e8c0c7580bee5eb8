-- Who worked with dinamis or sif hours in a period, read from the approved plans of those kinds alone (about one
-- plan in nine) instead of every plan of the period.
create index weekly_plan_flexible_hours_idx on weekly_plan (week_start) include (employee_id, unit_id, flex_type)
    where status = 'APPROVED' and flex_type in ('DINAMIS', 'SIF');
