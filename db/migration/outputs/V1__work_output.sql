-- The results an employee records for a day (hasil kerja), and the unit head's review of them: the daily performance
-- record by which an institution supervises days of flexible work (Pasal 7, penilaian kinerja terukur; Pasal 35
-- ayat (3) huruf b, evaluation of the employees' performance). A task, when named, is one the employee holds.
create table work_output (
    id          bigserial   primary key,
    employee_id bigint      not null references employee (id),
    day         date        not null,
    task_id     bigint      references task (id),
    description text        not null check (length(description) between 1 and 500),
    link        text        check (link is null or (length(link) <= 500 and link ~* '^https?://[^[:space:]]+$')),
    status      text        not null default 'SUBMITTED' check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    review_note text        check (review_note is null or length(review_note) <= 500),
    reviewed_at timestamptz,
    reviewed_by text,
    created_at  timestamptz not null,
    created_by  text        not null,
    constraint work_output_reviewed check ((status = 'SUBMITTED') = (reviewed_at is null)),
    constraint work_output_returned check (status <> 'RETURNED' or review_note is not null)
);

create index work_output_employee_day on work_output (employee_id, day);
create index work_output_waiting on work_output (day) where status = 'SUBMITTED';

-- Published: what other modules may read of the outputs (attendance reconciles a day against its plan with it).
create view output_directory (id, employee_id, day, task_id, status, description) as
select id, employee_id, day, task_id, status, description from work_output;
