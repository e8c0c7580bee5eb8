-- The units' published version (V5) also grows with every change of who heads them (unit_head, acting_head), so
-- that a head's units can be reused while it stays the same. Employees who leave active service change the staff
-- counts, and with them the version, which covers acting heads who must be in active service.
create trigger unit_version_of_heads after insert or update or delete or truncate on unit_head
    for each statement execute function unit_version_follow_changes();
create trigger unit_version_of_acting_heads after insert or update or delete or truncate on acting_head
    for each statement execute function unit_version_follow_changes();
