package id.fleksi.eligibility;

import id.fleksi.organisation.Organisation;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.ScopedArrangements;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Judges an employee's eligibility on a day for a person allowed to see it. */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    private final RuleFacts facts;
    private final Policies policies;
    private final Organisation organisation;

    EligibilityService(RuleFacts facts, Policies policies, Organisation organisation) {
        this.facts = facts;
        this.policies = policies;
        this.organisation = organisation;
    }

    /**
     * The judgement of the employee with this NIP; empty when there is none or the person may not read their
     * record, alike, so that nobody learns which NIPs exist outside their scope.
     */
    public Optional<Judgement> judge(Actor actor, String nip, LocalDate day) {
        return onRecord(actor, nip).map(employee -> judgement(employee.facts(), day));
    }

    /**
     * The employee with this NIP as the directory holds them, with the facts the rules read; empty when there is
     * none or the person may not read their record, alike.
     */
    public Optional<EmployeeOnRecord> onRecord(Actor actor, String nip) {
        return facts.onRecord(nip).filter(employee -> organisation.mayRead(actor, employee.employeeId()));
    }

    /**
     * The facts the rules read of the employee with this id; empty when there is none or the person may not read
     * their record.
     */
    public Optional<EmployeeFacts> factsFor(Actor actor, long employeeId) {
        return organisation.mayRead(actor, employeeId) ? facts.of(employeeId) : Optional.empty();
    }

    /** The judgement of the signed-in employee themself. */
    public Optional<Judgement> judgeOwn(Actor actor, LocalDate day) {
        return Optional.ofNullable(actor.employeeId()).map(employeeId -> judge(actor, employeeId, day));
    }

    private Judgement judge(Actor actor, long employeeId, LocalDate day) {
        if (!organisation.mayRead(actor, employeeId)) {
            throw new AccessDeniedException("outside the caller's scope");
        }
        return judgement(facts.of(employeeId).orElseThrow(), day);
    }

    private Judgement judgement(EmployeeFacts employee, LocalDate day) {
        Determination policy = policies.determinationOn(day).orElse(null);
        return new Judgement(employee, policy, Eligibility.of(employee, policy, day));
    }

    /** The facts used, the determination in force (or {@code null}), and the verdict. */
    public record Judgement(EmployeeFacts facts, Determination policy, Eligibility.Verdict verdict) {

        /** The settings that apply to the employee through a scope, with whom each applies to. */
        public List<ScopedArrangements.Arrangement> arrangements() {
            return ScopedArrangements.of(facts, policy);
        }
    }
}
