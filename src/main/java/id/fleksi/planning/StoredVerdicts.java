package id.fleksi.planning;

import id.fleksi.rules.ExceptionApplied;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Severity;
import id.fleksi.rules.Text;
import id.fleksi.rules.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * A verdict as a plan keeps it from its submission: codes, severities, articles, dates and the messages in both
 * languages, so that it reads the same later whatever changed since.
 */
@Component
class StoredVerdicts {

    private final JsonMapper json;

    StoredVerdicts(JsonMapper json) {
        this.json = json;
    }

    String write(PlanVerdict verdict) {
        return json.writeValueAsString(new Stored(verdict.valid(), verdict.requiredMinutes(), verdict.plannedMinutes(),
                verdict.lokasiDays(),
                verdict.violations().stream().map(v -> new StoredViolation(v.rule().name(), v.severity().name(),
                        v.article().article(), v.date(), v.message().indonesian(), v.message().english())).toList(),
                verdict.exceptionsApplied().stream().map(e -> new StoredException(e.rule().name(),
                        e.article().article(), e.reason().indonesian(), e.reason().english())).toList()));
    }

    /** The verdict as stored; members missing from an older or hand-written record read as empty. */
    PlanVerdict read(String stored) {
        Stored verdict = json.readValue(stored == null ? "{}" : stored, Stored.class);
        return new PlanVerdict(Boolean.TRUE.equals(verdict.valid()), zero(verdict.requiredMinutes()),
                zero(verdict.plannedMinutes()), zero(verdict.lokasiDays()),
                verdict.violations().stream().map(v -> new Violation(RuleCode.valueOf(v.rule()),
                        Severity.valueOf(v.severity()), LegalRef.pasal(v.article()), v.date(),
                        Text.of(v.id(), v.en()))).toList(),
                verdict.exceptionsApplied().stream().map(e -> new ExceptionApplied(RuleCode.valueOf(e.rule()),
                        LegalRef.pasal(e.article()), Text.of(e.id(), e.en()))).toList());
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    record Stored(Boolean valid, Integer requiredMinutes, Integer plannedMinutes, Integer lokasiDays,
                  List<StoredViolation> violations, List<StoredException> exceptionsApplied) {

        Stored {
            violations = violations == null ? List.of() : violations;
            exceptionsApplied = exceptionsApplied == null ? List.of() : exceptionsApplied;
        }
    }

    record StoredViolation(String rule, String severity, String article, LocalDate date, String id, String en) {
    }

    record StoredException(String rule, String article, String id, String en) {
    }
}
