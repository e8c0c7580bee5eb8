-- An output's evidence: at most one file kept by the documents module (a PDF, PNG or JPEG), which the employee
-- attaches when recording the output or later while it waits for review or was returned. The published view
-- output_directory tells whether an output has evidence, in a column added at its end (its readers name theirs).
alter table work_output
    add column document_id bigint unique references document (id);

create or replace view output_directory (id, employee_id, day, task_id, status, description, has_evidence) as
select id, employee_id, day, task_id, status, description, document_id is not null from work_output;
