-- A change of a task's criteria proposed by an evaluation's recommendation (Pasal 35): to stop location flexibility
-- for the task, or to review its criteria; left for HR to prepare or to dismiss with a reason. One proposal per
-- evaluation and task: finalizing twice never opens a second one.
create table task_proposal (
    id               bigserial primary key,
    task_id          bigint        not null references task (id) on delete cascade,
    evaluation_id    bigint        not null,
    evaluation_title varchar(300)  not null,
    kind             varchar(30)   not null check (kind in ('STOP_LOCATION_FLEXIBILITY', 'REVIEW_CRITERIA')),
    text             varchar(4000) not null,
    opened_by        varchar(100)  not null,
    opened_at        timestamptz   not null,
    status           varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'APPLIED', 'DISMISSED')),
    decided_by       varchar(100),
    decided_at       timestamptz,
    dismissal_reason varchar(1000),
    unique (evaluation_id, task_id),
    check ((status = 'OPEN') = (decided_at is null)),
    check ((status = 'DISMISSED') = (dismissal_reason is not null))
);
create index task_proposal_open_idx on task_proposal (task_id) where status = 'OPEN';
create index task_proposal_evaluation_idx on task_proposal (evaluation_id);
