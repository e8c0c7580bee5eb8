package id.fleksi.notifications;

import id.fleksi.policy.PolicyProposalOpened;
import id.fleksi.shared.events.AfterCommit;
import id.fleksi.shared.web.PathRules;
import id.fleksi.tasks.TaskProposalsOpened;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The changes an evaluation's recommendation proposes reach whoever decides them once they are committed
 * ({@link AfterCommit}): a change of the determination each PPK, changes of tasks' criteria each HR account.
 */
@Component
class ProposalsOpened {

    private final Notifications notifications;
    private final Recipients recipients;

    ProposalsOpened(Notifications notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @AfterCommit
    void determination(PolicyProposalOpened opened) {
        for (long ppk : recipients.withRole(PathRules.PPK)) {
            notifications.post(ppk, NotificationKind.POLICY_PROPOSAL_OPENED, "/kebijakan",
                    List.of(opened.evaluationTitle()));
        }
    }

    @AfterCommit
    void tasks(TaskProposalsOpened opened) {
        String link = opened.taskCodes().size() == 1 ? "/tugas/" + opened.taskCodes().get(0) : "/tugas?usulan=terbuka";
        for (long hr : recipients.withRole(PathRules.HR)) {
            notifications.post(hr, NotificationKind.TASK_PROPOSALS_OPENED, link,
                    List.of(opened.evaluationTitle(), String.join(", ", opened.taskCodes()),
                            String.valueOf(opened.taskCodes().size())));
        }
    }
}
