package id.fleksi.policy;

import id.fleksi.audit.AuditTrail;
import id.fleksi.documents.DocumentRefused;
import id.fleksi.documents.Documents;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the PPK sent to the Minister (Pasal 31: the determination of flexible work is sent as material for the
 * evaluation), recorded per version of the determination: the day, the letter's number and the letter itself when
 * kept. The version in force that has not been sent yet is a reminder on the determination's page and the PPK's
 * home, again after each new version comes into force.
 */
@Service
@Transactional(readOnly = true)
public class PolicySubmissions {

    static final String SUBJECT = "POLICY_SUBMISSION";
    static final String PURPOSE = "POLICY_SUBMISSION_LETTER";
    static final int LETTER_NUMBER_MAX = 120;

    private final JdbcClient jdbc;
    private final Documents documents;
    private final AuditTrail audit;
    private final Clock clock;

    PolicySubmissions(JdbcClient jdbc, Documents documents, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was recorded of the version's sending, if anything. */
    public Optional<Submission> of(long versionId) {
        return jdbc.sql("""
                        select s.policy_version_id, v.effective_from, v.decree_number, s.submitted_on, s.letter_number,
                               s.letter_document_id, s.recorded_by, s.recorded_at
                        from policy_submission s join policy_version v on v.id = s.policy_version_id
                        where s.policy_version_id = :id""")
                .param("id", versionId)
                .query((rs, n) -> new Submission(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), (Long) rs.getObject(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** The version in force today when it has not been sent to the Minister yet (Pasal 31). */
    public Optional<PolicyVersionSummary> unsentInForce() {
        return jdbc.sql("""
                        select v.id, v.effective_from, v.decree_number, v.created_by, v.created_at, v.trial_ends_on
                        from policy_version v left join policy_submission s on s.policy_version_id = v.id
                        where v.id = (select id from policy_version where %s
                                      order by effective_from desc limit 1)
                          and s.policy_version_id is null""".formatted(PolicyVersions.IN_FORCE))
                .param("day", InstitutionTime.today(clock))
                .query((rs, n) -> new PolicyVersionSummary(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getObject(6, LocalDate.class)))
                .optional();
    }

    /**
     * Records the sending of a version (again: replaces what was recorded; a new letter replaces the old one, no
     * letter keeps it). Nothing is stored when any field is wrong.
     *
     * @param letterName the letter's file name as sent, {@code null} with no letter
     * @param letter     the letter (PDF or image), {@code null} or empty with none
     * @throws PolicyRefused with every problem by field; {@link java.util.NoSuchElementException} for no such version
     */
    @Transactional
    public Submission record(Actor actor, long versionId, String submittedOn, String letterNumber, String letterName,
                             InputStream letter) {
        LocalDate effectiveFrom = jdbc.sql("select effective_from from policy_version where id = :id")
                .param("id", versionId).query(LocalDate.class).optional().orElseThrow();
        List<PolicyProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (submittedOn == null || submittedOn.isBlank()) {
            problems.add(PolicyProblem.of("submittedOn", null, "policy.submission.error.dateMissing"));
        } else {
            try {
                day = LocalDate.parse(submittedOn.strip());
                if (day.isAfter(InstitutionTime.today(clock))) {
                    problems.add(PolicyProblem.of("submittedOn", null, "policy.submission.error.dateFuture"));
                }
            } catch (DateTimeParseException wrong) {
                problems.add(PolicyProblem.of("submittedOn", null, "policy.submission.error.date"));
            }
        }
        String number = letterNumber == null ? "" : letterNumber.strip();
        if (number.isEmpty()) {
            problems.add(PolicyProblem.of("letterNumber", null, "policy.submission.error.numberMissing"));
        } else if (number.length() > LETTER_NUMBER_MAX) {
            problems.add(PolicyProblem.of("letterNumber", null, "policy.submission.error.numberLength",
                    LETTER_NUMBER_MAX));
        }
        Documents.Checked file = null;
        if (letter != null && letterName != null && !letterName.isBlank()) {
            try {
                file = documents.check(letterName, letter);
            } catch (DocumentRefused refused) {
                problems.add(PolicyProblem.of("letter", null, refused.messageKey(), refused.maxMegabytes()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyRefused(problems);
        }
        Optional<Submission> before = of(versionId);
        Long letterId = before.map(Submission::letterDocumentId).orElse(null);
        if (file != null) {
            if (letterId != null) {
                documents.delete(actor, letterId);
            }
            letterId = documents.store(actor, PURPOSE, file);
        }
        jdbc.sql("""
                        insert into policy_submission (policy_version_id, submitted_on, letter_number,
                                                       letter_document_id, recorded_by, recorded_at)
                        values (:id, :day, :number, :letter, :by, :at)
                        on conflict (policy_version_id) do update
                            set submitted_on = excluded.submitted_on, letter_number = excluded.letter_number,
                                letter_document_id = excluded.letter_document_id, recorded_by = excluded.recorded_by,
                                recorded_at = excluded.recorded_at""")
                .param("id", versionId).param("day", day).param("number", number).param("letter", letterId)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .update();
        Submission stored = of(versionId).orElseThrow();
        audit.record(actor, "POLICY_SUBMISSION_RECORDED", SUBJECT, effectiveFrom.toString(),
                before.map(PolicySubmissions::state).orElse(null), state(stored));
        return stored;
    }

    /** The letter of a version's sending, with its bytes, when one was kept. */
    public Optional<Documents.Stored> letter(long versionId) {
        return of(versionId).map(Submission::letterDocumentId).flatMap(documents::read);
    }

    private static Map<String, Object> state(Submission submission) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("article", "Pasal 31");
        state.put("submittedOn", submission.submittedOn().toString());
        state.put("letterNumber", submission.letterNumber());
        state.put("letter", submission.letterDocumentId());
        return state;
    }

    /**
     * A version's sending to the Minister.
     *
     * @param letterDocumentId the kept letter, {@code null} when none was kept
     */
    public record Submission(long versionId, LocalDate effectiveFrom, String decreeNumber, LocalDate submittedOn,
                             String letterNumber, Long letterDocumentId, String recordedBy, Instant recordedAt) {

        public boolean hasLetter() {
            return letterDocumentId != null;
        }
    }

}
