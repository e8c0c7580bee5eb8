-- Who works in shifts, as the rosters module publishes it for the others: the members of a unit's rotation
-- (Pasal 19). Their week is the roster the unit head publishes, not a weekly plan of their own, so the
-- reminder that a weekly plan is missing is not theirs.
create view shift_worker as
select employee_id, unit_id from shift_rotation_member;
