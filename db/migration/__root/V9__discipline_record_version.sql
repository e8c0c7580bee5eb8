-- Two HR officers may end or correct the same disciplinary record (Pasal 25 ayat (1) huruf a) at once:
-- the version lets the second one see that it changed instead of overwriting it.
alter table discipline_record add column version bigint not null default 0;
