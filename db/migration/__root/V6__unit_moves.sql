-- Where a unit sat in the hierarchy before: every move of a unit to another parent, by whom and when.
-- The current parent stays in unit.parent_id; this table keeps the history the unit page shows.
create table unit_move (
    id            bigserial primary key,
    unit_id       bigint      not null references unit (id),
    old_parent_id bigint references unit (id),
    new_parent_id bigint references unit (id),
    moved_on      date        not null,
    moved_by      varchar(60) not null,
    moved_at      timestamptz not null default now(),
    check (old_parent_id is distinct from new_parent_id)
);
create index unit_move_unit_idx on unit_move (unit_id);
