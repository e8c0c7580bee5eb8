-- Reminders of the weekly loop: the PPK's plan deadline, in-app notifications, e-mail addresses, what was
-- sent (so that no reminder goes out twice), and the lock that lets one instance run each scheduled job.

-- The weekday and time (WIB) of the current week by which employees submit next week's plan. This is the
-- institution's own arrangement, not an article of the regulation; existing versions get Friday 16.00.
alter table policy_version
    add column plan_deadline_weekday varchar(9) not null default 'FRIDAY'
        check (plan_deadline_weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
                                         'SUNDAY')),
    add column plan_deadline_time    time       not null default time '16:00';
