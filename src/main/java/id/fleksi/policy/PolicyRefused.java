package id.fleksi.policy;

import id.fleksi.rules.LegalRef;

import java.util.List;
import java.util.Objects;

/** A draft the regulation or the application does not allow, with every reason at once. */
class PolicyRefused extends RuntimeException {

    private final transient List<PolicyProblem> problems;

    PolicyRefused(List<PolicyProblem> problems) {
        super("The determination breaks " + problems.size() + " rule(s)");
        this.problems = List.copyOf(problems);
    }

    List<PolicyProblem> problems() {
        return problems;
    }

    /** The articles the draft breaks, each once, in the order found. */
    List<String> articles() {
        return problems.stream().map(PolicyProblem::article).filter(Objects::nonNull).map(LegalRef::article)
                .distinct().toList();
    }
}
