-- The unit tree as organisation publishes it for other modules to read in SQL, instead of each walking
-- unit.parent_id with a recursive query of its own.

-- The unit and every unit below it, with its depth under the unit (0 for the unit itself); nothing for a unit
-- that does not exist (or null).
create function unit_below(root bigint) returns table (unit_id bigint, depth int)
    language sql stable as $$
    with recursive below(unit_id, depth) as (
        select id, 0 from unit where id = root
        union all
        select u.id, b.depth + 1 from unit u join below b on u.parent_id = b.unit_id
        where b.depth < 100)
    select unit_id, depth from below
$$;

-- For each of the units, the unit itself (depth 0) and every unit above it up to the top (depth 1, 2, ...).
create function unit_above(units bigint[]) returns table (start_id bigint, unit_id bigint, depth int)
    language sql stable as $$
    with recursive up(start_id, unit_id, parent_id, depth) as (
        select id, id, parent_id, 0 from unit where id = any(units)
        union all
        select up.start_id, u.id, u.parent_id, up.depth + 1 from unit u join up on u.id = up.parent_id
        where up.depth < 100)
    select start_id, unit_id, depth from up
$$;
