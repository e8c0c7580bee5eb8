-- A submitted plan retires the reminder that it was missing, in the submission's own transaction. An account's
-- notifications are kept (a year of weekly decisions is some fifty), and the deletion read them all to find the one
-- reminder of the week; this index names the reminders alone.
create index notification_plan_missing_idx on notification (account_id) where kind = 'PLAN_MISSING';
