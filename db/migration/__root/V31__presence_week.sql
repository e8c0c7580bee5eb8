-- Each unit's week of presence in one row, Monday to Friday in arrays, kept beside its days (presence_day): a week
-- of the whole institution is judged on one row per unit instead of five.
create table presence_week (
    unit_id bigint    not null references unit (id),
    monday  date      not null,
    away    integer[] not null default array[0, 0, 0, 0, 0],
    absent  integer[] not null default array[0, 0, 0, 0, 0],
    primary key (monday, unit_id)
);

insert into presence_week (unit_id, monday, away, absent)
select unit_id, monday,
       array[sum(away) filter (where i = 1), sum(away) filter (where i = 2), sum(away) filter (where i = 3),
             sum(away) filter (where i = 4), sum(away) filter (where i = 5)]::integer[],
       array[sum(absent) filter (where i = 1), sum(absent) filter (where i = 2), sum(absent) filter (where i = 3),
             sum(absent) filter (where i = 4), sum(absent) filter (where i = 5)]::integer[]
from (select unit_id, day - (extract(isodow from day)::integer - 1) as monday, extract(isodow from day)::integer as i,
             away, absent
      from presence_day) d
where i <= 5
group by unit_id, monday;
update presence_week set away = array[coalesce(away[1], 0), coalesce(away[2], 0), coalesce(away[3], 0),
                                      coalesce(away[4], 0), coalesce(away[5], 0)],
                         absent = array[coalesce(absent[1], 0), coalesce(absent[2], 0), coalesce(absent[3], 0),
                                        coalesce(absent[4], 0), coalesce(absent[5], 0)]
where array_position(away, null) is not null or array_position(absent, null) is not null;

create function presence_week_follow_units() returns trigger language plpgsql as $$
declare
    i integer;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        i := extract(isodow from old.day)::integer;
        if i <= 5 then
            update presence_week set away[i] = away[i] - old.away, absent[i] = absent[i] - old.absent
            where monday = old.day - (i - 1) and unit_id = old.unit_id;
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        i := extract(isodow from new.day)::integer;
        if i <= 5 then
            insert into presence_week (unit_id, monday) values (new.unit_id, new.day - (i - 1))
            on conflict (monday, unit_id) do nothing;
            update presence_week set away[i] = away[i] + new.away, absent[i] = absent[i] + new.absent
            where monday = new.day - (i - 1) and unit_id = new.unit_id;
        end if;
    end if;
    return null;
end $$;
create trigger presence_day_week after insert or update of away, absent, unit_id, day or delete on presence_day
    for each row execute function presence_week_follow_units();
