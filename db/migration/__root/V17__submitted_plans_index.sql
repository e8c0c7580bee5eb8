-- Plans waiting for a decision, by unit: the inbox, its count in the navigation and the heads' reminders.
create index weekly_plan_submitted_idx on weekly_plan (unit_id) where status = 'SUBMITTED';
