-- The name of whoever decided a plan, as they were known when deciding, for the people who read the decision;
-- decided_by keeps the account. Plans decided before this keep only the account.
alter table weekly_plan add column decided_by_name text;
