package id.fleksi.notifications;

/**
 * What a notification is about. Its title and body are the messages {@code notification.kind.<KIND>.title}
 * and {@code .body}; its e-mail, where one is sent, {@code notification.mail.<KIND>.subject} and
 * {@code .body}.
 */
public enum NotificationKind {

    /** The plan deadline passed and the employee has no plan for next week. */
    PLAN_MISSING,
    /** Weekly plans in the head's units and sub-units wait for a decision. */
    PLANS_WAITING,
    /** Someone was made head of a unit (to the PPK). */
    HEAD_APPOINTED,
    /** Someone was made acting head (Plt./Plh.) of a unit (to the PPK). */
    ACTING_HEAD_APPOINTED,
    /** The employee's plan of a week was approved. */
    PLAN_APPROVED,
    /** The employee's plan of a week was rejected, with the reason. */
    PLAN_REJECTED,
    /** The head recalled the employee to the office on a day of their approved plan, with the reason. */
    PLAN_RECALLED,
    /** To the head: an employee of their unit asks to change their approved plan of a week, with a reason. */
    PLAN_AMENDMENT_REQUESTED,
    /** The head approved the employee's change of their approved plan. */
    PLAN_AMENDMENT_APPROVED,
    /** The head rejected the employee's change of their approved plan, with a note. */
    PLAN_AMENDMENT_REJECTED,
    /** The head of the employee's shift unit published a month of shifts with theirs in it. */
    ROSTER_PUBLISHED,
    /** Approved plans in the head's unit are up for review: a disciplinary sanction was recorded. */
    PLANS_AFFECTED_DISCIPLINE,
    /** Approved plans in the head's unit are up for review: an employee moved to another unit. */
    PLANS_AFFECTED_MOVE,
    /** Approved plans in the head's unit are up for review: a holiday was added. */
    PLANS_AFFECTED_HOLIDAY,
    /** Approved plans in the head's unit are up for review: the PPK saved a new determination. */
    PLANS_AFFECTED_DETERMINATION,
    /** To HR: approved plans across the institution are up for their heads' review after a disciplinary sanction. */
    REVIEWS_DISCIPLINE,
    /** To HR: approved plans are up for review after an employee moved to another unit. */
    REVIEWS_MOVE,
    /** To HR: approved plans are up for review after a holiday was added. */
    REVIEWS_HOLIDAY,
    /** To HR: approved plans are up for review after the PPK saved a new determination. */
    REVIEWS_DETERMINATION,
    /** To the PPK: an evaluation's recommendation opened a proposed change of the determination. */
    POLICY_PROPOSAL_OPENED,
    /** To HR: an evaluation's recommendation opened proposed changes of tasks' criteria. */
    TASK_PROPOSALS_OPENED,
    /** To the heads of the employee's unit: an employee asked for a special circumstance, to recommend or not. */
    CIRCUMSTANCE_REQUESTED,
    /** To the employee and HR: the head recommended the request for a special circumstance; HR decides next. */
    CIRCUMSTANCE_RECOMMENDED,
    /** To the employee and HR: the head did not recommend the request; HR decides next. */
    CIRCUMSTANCE_NOT_RECOMMENDED,
    /** To the employee: HR approved their special circumstance. */
    CIRCUMSTANCE_APPROVED,
    /** To the employee: HR rejected their request for a special circumstance. */
    CIRCUMSTANCE_REJECTED,
    /** To the PPK: the trial (uji coba) version of the determination in force ends soon. */
    TRIAL_ENDING;

    String titleKey() {
        return "notification.kind." + name() + ".title";
    }

    String bodyKey() {
        return "notification.kind." + name() + ".body";
    }

    String mailSubjectKey() {
        return "notification.mail." + name() + ".subject";
    }

    String mailBodyKey() {
        return "notification.mail." + name() + ".body";
    }
}
