package id.fleksi.shared.web;

import id.fleksi.shared.ProposalStatus;

import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.Map;

/** A proposal's status as a request names it, and the reason given when one is dismissed. */
public final class ProposalStatuses {

    /** The longest reason for dismissing a proposal. */
    public static final int MAX_REASON = 1000;

    private ProposalStatuses() {
    }

    /**
     * The status named (in any case), or none for a blank name.
     *
     * @throws ApiProblem 400 on the {@code status} parameter for an unknown name
     */
    public static ProposalStatus named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(ProposalStatus.values()).filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> ApiProblem.field("status", "proposal.error.status"));
    }

    /**
     * The reason for dismissing a proposal, stripped.
     *
     * @throws ApiProblem 400 on the {@code reason} field when it is blank or longer than {@link #MAX_REASON}
     */
    public static String reason(String reason) {
        String checked = reason == null ? "" : reason.strip();
        if (checked.isEmpty() || checked.length() > MAX_REASON) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", Map.of("reason",
                    checked.isEmpty() ? "proposal.error.reason.required" : "proposal.error.reason.tooLong"));
        }
        return checked;
    }
}
