package id.fleksi.planning;

import id.fleksi.rules.Violation;

import java.util.List;

/**
 * An approval the rules refuse: judged again at approval time, the plan breaks a rule, such as the unit's quota of
 * Pasal 14 or the minimum presence of Pasal 27 next to the unit's other approved plans.
 */
public class DecisionRefused extends RuntimeException {

    private final transient List<Violation> violations;

    public DecisionRefused(List<Violation> violations) {
        super(violations.stream().map(v -> v.rule().name()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
