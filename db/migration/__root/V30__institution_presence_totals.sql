-- The institution's presence per working day, kept beside each unit's (presence_day) so that the trend of the
-- whole institution reads a few rows a day instead of every unit's. The totals are split in 16 slots by unit, so
-- that approvals in many units at once do not wait on one row per day.
create table presence_total (
    day    date     not null,
    slot   smallint not null,
    away   bigint   not null default 0,
    absent bigint   not null default 0,
    primary key (day, slot)
);

insert into presence_total (day, slot, away, absent)
select day, unit_id % 16, sum(away), sum(absent) from presence_day group by day, unit_id % 16;

create function presence_total_follow_units() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update presence_total set away = away - old.away, absent = absent - old.absent
        where day = old.day and slot = old.unit_id % 16;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into presence_total (day, slot, away, absent) values (new.day, new.unit_id % 16, new.away, new.absent)
        on conflict (day, slot) do update
            set away = presence_total.away + excluded.away, absent = presence_total.absent + excluded.absent;
    end if;
    return null;
end $$;
create trigger presence_day_total after insert or update of away, absent, unit_id, day or delete on presence_day
    for each row execute function presence_total_follow_units();

-- A week of many units judged from the index alone: who is away and who is absent, per unit and day.
create index presence_day_day_figures_idx on presence_day (day) include (unit_id, away, absent);
drop index presence_day_day_away_idx;
