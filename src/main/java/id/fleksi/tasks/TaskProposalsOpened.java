package id.fleksi.tasks;

import java.util.List;

/** An evaluation opened proposed changes of these tasks' criteria for HR to decide. */
public record TaskProposalsOpened(long evaluationId, String evaluationTitle, List<String> taskCodes) {
}
