-- A version of the determination may be a trial (uji coba) that applies until a day the PPK names, the last day
-- included. After that day the version in force before it applies again; the trial's version is kept.
alter table policy_version add column trial_ends_on date;
alter table policy_version add constraint policy_version_trial_after_start
    check (trial_ends_on is null or trial_ends_on > effective_from);
