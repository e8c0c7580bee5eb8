-- A draft evaluation keeps the figures of its last computation, with the time they were computed: opening it
-- reads them instead of counting a period's plans again (at a ministry's size that takes many seconds). They are
-- computed when the draft is opened, again when its author asks, and once more when it is finalized.
alter table evaluation add column figures_computed_at timestamptz;
update evaluation set figures_computed_at = finalized_at where status = 'FINAL';

do $$
declare
    name text;
begin
    select conname into name from pg_constraint
    where conrelid = 'evaluation'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%figures IS NOT NULL%';
    execute format('alter table evaluation drop constraint %I', name);
end $$;

alter table evaluation
    add constraint evaluation_final_complete check ((status = 'FINAL') = (finalized_at is not null
        and finalized_on is not null and findings is not null and recommendation is not null)),
    add constraint evaluation_final_has_figures check (status <> 'FINAL' or figures is not null),
    add constraint evaluation_figures_dated check ((figures is null) = (figures_computed_at is null));
