-- A number that grows with every change of the units (their codes, names, places in the tree) or of their staff
-- counts (unit_staff), published so that figures computed over the units can be reused while it stays the same. It
-- is taken from a sequence, never reused, so that a change rolled back leaves no version a later change could have.
create sequence unit_version_seq;
create table unit_version (
    one     boolean primary key default true check (one),
    version bigint  not null
);
insert into unit_version (one, version) values (true, 0);

create function unit_version_follow_changes() returns trigger language plpgsql as $$
begin
    update unit_version set version = nextval('unit_version_seq');
    return null;
end $$;
create trigger unit_version_of_units after insert or update or delete or truncate on unit
    for each statement execute function unit_version_follow_changes();
create trigger unit_version_of_staff after insert or update or delete or truncate on unit_staff
    for each statement execute function unit_version_follow_changes();
