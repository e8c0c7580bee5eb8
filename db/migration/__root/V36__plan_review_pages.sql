-- The reviews are read a page at a time, newest first, without the plans: whose plan each is, kept beside it (a
-- head never reviews their own), and an index in the order of the institution's list; a head's units read through
-- plan_review_unit_idx.
alter table plan_review add column employee_id bigint references employee (id);
update plan_review r set employee_id = p.employee_id from weekly_plan p where p.id = r.plan_id;
alter table plan_review alter column employee_id set not null;
create index plan_review_flagged_idx on plan_review (flagged_on desc, plan_id);
