package id.fleksi.notifications;

/**
 * What one run of a reminder job did; recorded in the audit trail and published as an event when the run
 * ends (while the job still holds its lock).
 *
 * @param job         {@value Reminders#PLAN_JOB}, {@value Reminders#HEAD_JOB} or {@value Reminders#TRIAL_JOB}
 * @param period      the ISO week of the plans ({@code 2026-W49}) or the day ({@code 2026-11-23}) reminded of
 * @param due         false before the plan deadline, or when no determination is in force
 * @param recipients  the people the run found to remind
 * @param notified    notifications posted by this run
 * @param alreadySent recipients reminded of the same period before (by an earlier run or another instance)
 * @param mailed      mails the server accepted
 * @param mailFailed  mails that could not be sent
 */
public record ReminderRun(String job, String period, boolean due, int recipients, int notified, int alreadySent,
                          int mailed, int mailFailed) {

    static ReminderRun notDue(String job, String period) {
        return new ReminderRun(job, period, false, 0, 0, 0, 0, 0);
    }
}
