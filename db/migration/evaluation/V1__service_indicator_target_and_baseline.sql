-- Pasal 35 ayat (3) huruf a: a service indicator's realisation (value) is read against the target the unit set for
-- the period and the baseline it started from. Both optional: indicators recorded before keep neither.
alter table service_indicator
    add column target   numeric(14, 2),
    add column baseline numeric(14, 2);
