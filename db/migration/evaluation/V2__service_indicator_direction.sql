-- Whether a service indicator is better lower (a waiting time, complaints) than higher (IKM), said by whoever
-- records it, so that "target met" no longer depends on a baseline being recorded. Indicators recorded before keep
-- what was read from them: lower is better where the target lay below the baseline.
alter table service_indicator add column lower_is_better boolean not null default false;
update service_indicator set lower_is_better = true where target is not null and baseline is not null and target < baseline;
