package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.documents.DocumentRefused;
import id.fleksi.documents.Documents;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Requests for a special circumstance (keadaan khusus; Pasal 8 ayat (1) huruf b, Pasal 10): the employee asks with
 * one to {@value #FILES_MAX} evidence files (kept by {@code documents}); the head or acting head of the employee's
 * unit or of a unit above it recommends it or not; HR then approves or rejects it (HR decides at once only where no
 * one but the employee heads any unit above them). An approved request becomes the employee's special circumstance,
 * which lifts the cap of Pasal 13 ayat (1) by Pasal 13 ayat (2) huruf b, the verdicts naming the request's number.
 * A request is read by its employee, the heads in scope, HR and the PPK; to anyone else it does not exist (404).
 * Every step is audited and announced ({@link CircumstanceRequestChanged}).
 */
@Service
public class CircumstanceRequests {

    /** The most evidence files of a request. */
    static final int FILES_MAX = 5;
    /** The longest period a request may cover, in days (a year). */
    static final int PERIOD_MAX_DAYS = 366;
    static final String PURPOSE = "SPECIAL_CIRCUMSTANCE";
    static final String SUBJECT = "SPECIAL_CIRCUMSTANCE_REQUEST";

    private static final String SELECT = """
            select r.*, e.nip, e.name, e.unit_id, u.code as unit_code, u.name as unit_name,
                   (select count(*) from special_circumstance_request_file f where f.request_id = r.id) as file_count
            from special_circumstance_request r
            join employee e on e.id = r.employee_id
            join unit u on u.id = e.unit_id""";

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Documents documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    CircumstanceRequests(JdbcClient jdbc, Organisation organisation, Documents documents, AuditTrail audit,
                         ApplicationEventPublisher events, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** A file as it was sent: the name the sender gave and its bytes. */
    public record Upload(String fileName, InputStream content) {
    }

    /**
     * What a list shows: a search over number, NIP and name, one status (null: every one), and whether only the
     * reader's own requests.
     */
    record Filter(String q, CircumstanceStatus status, boolean own) {
    }

    /** Whose decision a request waits for, as the reader sees it. */
    enum Turn {
        /** The reader, a head in scope, recommends it or not. */
        RECOMMEND,
        /** The reader, HR, approves or rejects it. */
        DECIDE
    }

    /** The largest evidence file, in whole megabytes, for the form's help. */
    long fileMaxMegabytes() {
        return documents.maxMegabytes();
    }

    /**
     * The signed-in employee asks for a special circumstance. Every field and every file is checked first; then the
     * request and its files are kept together, or nothing is.
     *
     * @throws ApiProblem 403 for an account that is no employee's; 400 with the error of each field ({@code kind},
     *                    {@code from}, {@code to}, {@code reason}, {@code files}) and nothing stored
     */
    @Transactional
    CircumstanceRequest request(Actor actor, CircumstanceRequestInput input, List<Upload> uploads) {
        if (actor.employeeId() == null) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "circumstance.problem.noEmployee");
        }
        CircumstanceRequestInput given = input == null ? CircumstanceRequestInput.empty() : input;
        Map<String, String> invalid = new LinkedHashMap<>();
        Violations.of(validator, given).forEach(problem -> invalid.putIfAbsent(problem.field(), problem.messageKey()));
        if (!invalid.containsKey("from") && !invalid.containsKey("to")) {
            LocalDate from = LocalDate.parse(given.from().strip());
            LocalDate to = LocalDate.parse(given.to().strip());
            if (ChronoUnit.DAYS.between(from, to) + 1 > PERIOD_MAX_DAYS) {
                invalid.put("to", "circumstance.error.period.long");
            }
        }
        List<Upload> files = uploads == null ? List.of() : uploads;
        List<Documents.Checked> checked = new ArrayList<>();
        if (files.isEmpty()) {
            invalid.put("files", "circumstance.error.files.required");
        } else if (files.size() > FILES_MAX) {
            invalid.put("files", "circumstance.error.files.tooMany");
        } else {
            for (Upload file : files) {
                try {
                    checked.add(documents.check(file.fileName(), file.content()));
                } catch (DocumentRefused refused) {
                    invalid.putIfAbsent("files", refused.messageKey());
                }
            }
        }
        if (!invalid.isEmpty()) {
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String field : List.of("kind", "from", "to", "reason", "files")) {
                if (invalid.containsKey(field)) {
                    ordered.put(field, invalid.get(field));
                }
            }
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "circumstance.problem.invalid", ordered,
                    documents.maxMegabytes());
        }
        LocalDate today = InstitutionTime.today(clock);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into special_circumstance_request (number, employee_id, kind, starts_on, ends_on, reason,
                                                                  requested_at, requested_by)
                        values ('KK-' || :year || '-' || lpad(nextval('special_circumstance_request_number')::text, 6, '0'),
                                :employee, :kind, :from, :to, :reason, :at, :by)
                        returning id""")
                .param("year", String.valueOf(today.getYear())).param("employee", actor.employeeId())
                .param("kind", Choice.Check.parse(CircumstanceKind.class, given.kind(), false).name())
                .param("from", LocalDate.parse(given.from().strip())).param("to", LocalDate.parse(given.to().strip()))
                .param("reason", given.reason().strip()).param("at", Timestamp.from(now))
                .param("by", actor.username())
                .query(Long.class).single();
        int position = 1;
        for (Documents.Checked file : checked) {
            long document = documents.store(actor, PURPOSE, file);
            jdbc.sql("""
                            insert into special_circumstance_request_file (request_id, position, document_id)
                            values (:id, :position, :document)""")
                    .param("id", id).param("position", position++).param("document", document).update();
        }
        CircumstanceRequest created = find(id).orElseThrow();
        audit.record(actor, "CIRCUMSTANCE_REQUESTED", SUBJECT, created.number(), null, state(created));
        events.publishEvent(changed(created, actor.employeeId(), actor.displayName(), null,
                headsOf(actor.employeeId()).stream().map(Head::employeeId).toList()));
        return created;
    }

    /** One request with its files, to whoever may read it; empty otherwise. */
    @Transactional(readOnly = true)
    Optional<CircumstanceRequest> read(Actor actor, long id) {
        return located(id).filter(found -> sees(actor, found)).map(found -> found.request().withFiles(files(id)));
    }

    /** An evidence file of a request (numbered from 1), to whoever may read the request; empty otherwise. */
    @Transactional(readOnly = true)
    Optional<Documents.Stored> file(Actor actor, long id, int position) {
        return located(id).filter(found -> sees(actor, found))
                .flatMap(found -> jdbc.sql("""
                                select document_id from special_circumstance_request_file
                                where request_id = :id and position = :position""")
                        .param("id", id).param("position", position).query(Long.class).optional())
                .flatMap(documents::read);
    }

    /**
     * The requests the reader may see, those waiting for the reader's own decision first, then the newest: an
     * employee's own, besides those of a head's units and sub-units, all for HR and the PPK. Counted in SQL.
     */
    @Transactional(readOnly = true)
    Paged<CircumstanceRequest> list(Actor actor, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.own()) {
            where.append(" and r.employee_id = :me");
            params.put("me", actor.employeeId() == null ? -1L : actor.employeeId());
        } else if (!actor.readsWholeInstitution()) {
            UnitScope scope = actor.employeeId() == null ? UnitScope.NONE : organisation.headedScopeOf(actor.employeeId());
            where.append(" and (r.employee_id = :me or e.unit_id = any(:units))");
            params.put("me", actor.employeeId() == null ? -1L : actor.employeeId());
            params.put("units", scope.unitIds().toArray(Long[]::new));
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status().name());
        }
        String q = filter.q() == null ? "" : filter.q().strip();
        if (!q.isEmpty()) {
            where.append(" and (upper(r.number) like :prefix or e.nip like :prefix or lower(e.name) like :contains)");
            String escaped = LikeText.escape(q);
            params.put("prefix", escaped.toUpperCase(Locale.ROOT) + "%");
            params.put("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
        }
        long total = jdbc.sql("""
                        select count(*) from special_circumstance_request r
                        join employee e on e.id = r.employee_id""" + where)
                .params(params).query(Long.class).single();
        String waiting = actor.isHr() ? "r.status in ('RECOMMENDED', 'NOT_RECOMMENDED') desc, "
                : actor.isUnitHead() ? "(r.status = 'REQUESTED' and r.employee_id <> :reader) desc, " : "";
        params.put("reader", actor.employeeId() == null ? -1L : actor.employeeId());
        List<CircumstanceRequest> items = jdbc.sql(SELECT + where + " order by " + waiting
                        + "r.requested_at desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> row(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * A decision on a request: the head in scope recommends it or not while it is asked for; HR then approves or
     * rejects it (at once, where no one but the employee heads a unit above them). An approval records the special
     * circumstance that names the request.
     *
     * @throws ApiProblem 404 for a request the caller may not read; 403 for one they read but never decide (their
     *                    own, or as an employee or the PPK); 400 for a decision that is not APPROVED or REJECTED or a
     *                    note too long; 409 for a decision out of turn (the head's after the recommendation, HR's
     *                    before it, anyone's after HR's)
     */
    @Transactional
    CircumstanceRequest decide(Actor actor, long id, CircumstanceDecisionInput input) {
        Located found = jdbc.sql(SELECT + " where r.id = :id for update of r").param("id", id)
                .query((rs, n) -> new Located(row(rs), rs.getLong("employee_id"), rs.getLong("unit_id")))
                .optional()
                .filter(located -> sees(actor, located))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "circumstance.problem.notFound"));
        Turn turn = turnOf(actor, found);
        if (turn == null && !deciderOf(actor, found)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, Long.valueOf(found.employeeId()).equals(actor.employeeId())
                    ? "circumstance.problem.own" : "circumstance.problem.notDecider");
        }
        CircumstanceDecisionInput given = input == null ? new CircumstanceDecisionInput(null, null) : input;
        Map<String, String> invalid = new LinkedHashMap<>();
        Violations.of(validator, given).forEach(problem -> invalid.putIfAbsent(problem.field(), problem.messageKey()));
        if (!invalid.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", invalid);
        }
        CircumstanceRequest before = found.request().withFiles(files(id));
        String note = given.note() == null || given.note().isBlank() ? null : given.note().strip();
        Timestamp now = Timestamp.from(clock.instant());
        if (before.status().isFinal()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "circumstance.problem.decided");
        }
        if (turn == Turn.RECOMMEND) {
            CircumstanceStatus status = given.approved() ? CircumstanceStatus.RECOMMENDED
                    : CircumstanceStatus.NOT_RECOMMENDED;
            jdbc.sql("""
                            update special_circumstance_request
                            set status = :status, recommended_at = :at, recommended_by = :by,
                                recommended_by_name = :name, recommendation_note = :note
                            where id = :id""")
                    .param("status", status.name()).param("at", now).param("by", actor.username())
                    .param("name", actor.displayName()).param("note", note).param("id", id).update();
            return after(actor, before, found.employeeId(), "CIRCUMSTANCE_RECOMMENDED", note);
        }
        if (turn != Turn.DECIDE) {
            throw ApiProblem.of(HttpStatus.CONFLICT, before.status() == CircumstanceStatus.REQUESTED
                    ? "circumstance.problem.awaitsHead" : "circumstance.problem.awaitsHr");
        }
        CircumstanceStatus status = given.approved() ? CircumstanceStatus.APPROVED : CircumstanceStatus.REJECTED;
        jdbc.sql("""
                        update special_circumstance_request
                        set status = :status, decided_at = :at, decided_by = :by, decided_by_name = :name,
                            decision_note = :note
                        where id = :id""")
                .param("status", status.name()).param("at", now).param("by", actor.username())
                .param("name", actor.displayName()).param("note", note).param("id", id).update();
        if (status == CircumstanceStatus.APPROVED) {
            long circumstance = jdbc.sql("""
                            insert into special_circumstance (employee_id, reason, starts_on, ends_on, approved_by,
                                                              recorded_by, request_id)
                            values (:employee, :reason, :from, :to, :approvedBy, :by, :request) returning id""")
                    .param("employee", found.employeeId()).param("reason", before.reason())
                    .param("from", before.from()).param("to", before.to())
                    .param("approvedBy", actor.displayName()).param("by", actor.username()).param("request", id)
                    .query(Long.class).single();
            Map<String, Object> recorded = new LinkedHashMap<>();
            recorded.put("id", circumstance);
            recorded.put("request", before.number());
            recorded.put("from", before.from().toString());
            recorded.put("to", before.to().toString());
            recorded.put("reason", before.reason());
            audit.record(actor, "SPECIAL_CIRCUMSTANCE_RECORDED", PersonnelRecords.SUBJECT_TYPE, before.nip(), null,
                    recorded);
        }
        return after(actor, before, found.employeeId(), "CIRCUMSTANCE_DECIDED", note);
    }

    /** Whether the reader's decision on the request is due now, and which; null when it is not. */
    @Transactional(readOnly = true)
    Turn turn(Actor actor, long id) {
        return located(id).filter(found -> sees(actor, found)).map(found -> turnOf(actor, found)).orElse(null);
    }

    private Turn turnOf(Actor actor, Located found) {
        boolean own = Long.valueOf(found.employeeId()).equals(actor.employeeId());
        if (own) {
            return null;
        }
        CircumstanceStatus status = found.request().status();
        if (status == CircumstanceStatus.REQUESTED && headInScope(actor, found)) {
            return Turn.RECOMMEND;
        }
        if (actor.isHr() && (status.waitsForHr()
                || status == CircumstanceStatus.REQUESTED && headsOf(found.employeeId()).isEmpty())) {
            return Turn.DECIDE;
        }
        return null;
    }

    /** Whether the reader decides on the request at one step or another: a head in scope or HR, not its employee. */
    private boolean deciderOf(Actor actor, Located found) {
        if (Long.valueOf(found.employeeId()).equals(actor.employeeId())) {
            return false;
        }
        return actor.isHr() || headInScope(actor, found);
    }

    private boolean headInScope(Actor actor, Located found) {
        return actor.employeeId() != null
                && organisation.headedScopeOf(actor.employeeId()).includesUnit(found.unitId());
    }

    private CircumstanceRequest after(Actor actor, CircumstanceRequest before, long employeeId, String action,
                                      String note) {
        CircumstanceRequest after = find(before.id()).orElseThrow();
        audit.record(actor, action, SUBJECT, after.number(), state(before), state(after));
        events.publishEvent(changed(after, employeeId, actor.displayName(), note, List.of()));
        return after;
    }

    /**
     * Those who recommend the employee's requests: the heads and acting heads in force today of the nearest unit, the
     * employee's own or one above it, that someone other than the employee heads.
     */
    private List<Head> headsOf(long employeeId) {
        List<Head> all = jdbc.sql("""
                        select distinct ua.employee_id, a.depth
                        from employee e
                        cross join lateral unit_above(array[e.unit_id]) a
                        join unit_authority ua on ua.unit_id = a.unit_id
                        where e.id = :employee and ua.employee_id <> e.id
                          and :today between ua.in_force_from and ua.in_force_until
                        order by a.depth, ua.employee_id""")
                .param("employee", employeeId).param("today", InstitutionTime.today(clock))
                .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2))).list();
        return all.isEmpty() ? all : all.stream().filter(head -> head.depth() == all.get(0).depth()).toList();
    }

    private Optional<CircumstanceRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> row(rs)).optional()
                .map(found -> found.withFiles(files(id)));
    }

    private Optional<Located> located(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id)
                .query((rs, n) -> new Located(row(rs), rs.getLong("employee_id"), rs.getLong("unit_id")))
                .optional();
    }

    private List<CircumstanceRequest.EvidenceFile> files(long id) {
        List<Long> ids = jdbc.sql("""
                        select document_id from special_circumstance_request_file
                        where request_id = :id order by position""")
                .param("id", id).query(Long.class).list();
        List<CircumstanceRequest.EvidenceFile> files = new ArrayList<>();
        for (Documents.Described file : documents.describe(ids)) {
            files.add(new CircumstanceRequest.EvidenceFile(ids.indexOf(file.id()) + 1, file.fileName(),
                    file.contentType(), file.size()));
        }
        return files;
    }

    /** The employee themselves, HR and the PPK, and the heads of the employee's unit or of a unit above it. */
    private boolean sees(Actor actor, Located found) {
        return actor.readsWholeInstitution() || Long.valueOf(found.employeeId()).equals(actor.employeeId())
                || headInScope(actor, found);
    }

    private static CircumstanceRequestChanged changed(CircumstanceRequest request, long employeeId, String by,
                                                      String note, List<Long> heads) {
        return new CircumstanceRequestChanged(request.id(), request.number(), employeeId, request.name(),
                request.status().name(), request.from(), request.to(), by, note, heads);
    }

    private static CircumstanceRequest row(ResultSet rs) throws SQLException {
        return new CircumstanceRequest(rs.getLong("id"), rs.getString("number"), rs.getString("nip"),
                rs.getString("name"), rs.getString("unit_code"), rs.getString("unit_name"),
                CircumstanceKind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("reason"),
                CircumstanceStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"),
                instant(rs, "recommended_at"), rs.getString("recommended_by_name"),
                rs.getString("recommendation_note"), instant(rs, "decided_at"), rs.getString("decided_by_name"),
                rs.getString("decision_note"), rs.getInt("file_count"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Map<String, Object> state(CircumstanceRequest request) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", request.number());
        state.put("nip", request.nip());
        state.put("kind", request.kind().name());
        state.put("from", request.from().toString());
        state.put("to", request.to().toString());
        state.put("reason", request.reason());
        state.put("status", request.status().name());
        state.put("files", request.files().stream().map(CircumstanceRequest.EvidenceFile::fileName).toList());
        if (request.recommendedBy() != null) {
            state.put("recommendedBy", request.recommendedBy());
            state.put("recommendationNote", request.recommendationNote());
        }
        if (request.decidedBy() != null) {
            state.put("decidedBy", request.decidedBy());
            state.put("decisionNote", request.decisionNote());
        }
        return state;
    }

    private record Located(CircumstanceRequest request, long employeeId, long unitId) {
    }

    private record Head(long employeeId, int depth) {
    }
}
