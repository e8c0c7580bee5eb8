-- Approved weekly plans that something changed under, for their unit head to look at again: a disciplinary
-- sanction recorded (Pasal 25 ayat (1) huruf a), a move to another unit, a holiday added, a new determination.
-- One row per plan, the latest cause; the head keeps the plan as approved (the row goes) or withdraws the
-- approval (the plan becomes rejected, with the reason, and the row goes).
create table plan_review (
    plan_id    bigint      primary key references weekly_plan (id) on delete cascade,
    unit_id    bigint      not null references unit (id),
    cause      varchar(20) not null check (cause in ('DISCIPLINE', 'MOVE', 'HOLIDAY', 'DETERMINATION')),
    cause_from date        not null,
    flagged_on date        not null
);
create index plan_review_unit_idx on plan_review (unit_id, flagged_on desc);
