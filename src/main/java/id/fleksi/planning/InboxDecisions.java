package id.fleksi.planning;

import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions from the inbox, one plan or many: every plan is first checked to be one the person may decide (else
 * nothing is decided and the answer is 403; a plan they may not even read counts as one that does not exist), then each is approved or rejected in its own transaction through
 * {@link WeeklyPlans}, on the version the person saw. A plan the rules or a change meanwhile refuse does not stop
 * the others; each plan's outcome says what happened to it.
 */
@Component
class InboxDecisions {

    private final WeeklyPlans plans;

    InboxDecisions(WeeklyPlans plans) {
        this.plans = plans;
    }

    /** Approves each plan, with the same note for all (optional). */
    List<Outcome> approve(Actor actor, List<Choice> choices, String note) {
        return decide(actor, choices, (plan, version) -> plans.approve(actor, plan, version, note),
                Outcome.Result.APPROVED);
    }

    /** Rejects each plan, with the same reason for all (required; the caller checks it). */
    List<Outcome> reject(Actor actor, List<Choice> choices, String reason) {
        return decide(actor, choices, (plan, version) -> plans.reject(actor, plan, version, reason),
                Outcome.Result.REJECTED);
    }

    private List<Outcome> decide(Actor actor, List<Choice> choices, Decision decision, Outcome.Result done) {
        Map<Long, Optional<StoredPlan>> found = new LinkedHashMap<>();
        for (Choice choice : choices) {
            Optional<StoredPlan> plan = plans.find(actor, choice.id());
            if (plan.isPresent() && !plans.mayDecide(actor, plan.get().summary())) {
                throw new AccessDeniedException("not the head of the plan's unit");
            }
            found.put(choice.id(), plan);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Choice choice : choices) {
            Optional<StoredPlan> plan = found.get(choice.id());
            if (plan.isEmpty()) {
                outcomes.add(Outcome.missing(choice.id()));
                continue;
            }
            PlanSummary summary = plan.get().summary();
            try {
                decision.apply(choice.id(), choice.version());
                outcomes.add(Outcome.of(summary, done, List.of()));
            } catch (DecisionRefused refused) {
                outcomes.add(Outcome.of(summary, Outcome.Result.REFUSED, refused.violations()));
            } catch (PlanRefused refused) {
                outcomes.add(Outcome.of(summary, refused.reason() == PlanRefused.Reason.NO_PLAN
                        ? Outcome.Result.MISSING : Outcome.Result.CHANGED, List.of()));
            }
        }
        return List.copyOf(outcomes);
    }

    @FunctionalInterface
    private interface Decision {
        void apply(long plan, Long version);
    }

    /** A plan the person chose, with the version they saw. */
    record Choice(long id, Long version) {
    }

    /**
     * What happened to one plan, as the result page shows it. Kept in the session between the decision and the
     * page that shows it, so it holds plain values only.
     */
    record Outcome(long planId, String employeeName, String nip, String unitCode, String isoWeek, Result result,
                   List<Finding> findings) implements Serializable {

        Outcome {
            findings = List.copyOf(findings);
        }

        static Outcome of(PlanSummary plan, Result result, List<Violation> violations) {
            return new Outcome(plan.id(), plan.employeeName(), plan.nip(), plan.unitCode(), plan.isoWeek(), result,
                    violations.stream().map(Finding::of).toList());
        }

        static Outcome missing(long id) {
            return new Outcome(id, null, null, null, null, Result.MISSING, List.of());
        }

        public boolean done() {
            return result == Result.APPROVED || result == Result.REJECTED;
        }

        /** Approved or rejected as asked; refused by the rules; changed or decided meanwhile; not found. */
        enum Result { APPROVED, REJECTED, REFUSED, CHANGED, MISSING }
    }

    /** A rule the approval would break, with its article and day, in both languages. */
    record Finding(String rule, String article, LocalDate date, String indonesian, String english)
            implements Serializable {

        static Finding of(Violation violation) {
            return new Finding(violation.rule().name(), violation.article().article(), violation.date(),
                    violation.message().indonesian(), violation.message().english());
        }

        public String message(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
        }
    }
}
