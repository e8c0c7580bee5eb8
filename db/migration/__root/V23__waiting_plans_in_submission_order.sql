-- The plans waiting for a decision are listed week by week, the latest week first and within a week in the order
-- they were submitted (first come, first decided): read from this index, a page of the inbox costs the same for
-- twenty waiting plans or a ministry's hundred thousand.
create index weekly_plan_waiting_order_idx on weekly_plan (week_start desc, submitted_at, id) where status = 'SUBMITTED';
