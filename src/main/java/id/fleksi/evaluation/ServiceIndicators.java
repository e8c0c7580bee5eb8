package id.fleksi.evaluation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service indicators the institution measures per unit and period (IKM and the like), for the evaluation of
 * organisational performance (Pasal 35). The PPK and HR record them for any unit, a unit head for their units and
 * sub-units; by form or from a CSV file (all rows or none). The same unit, period and name again replaces the value.
 */
@Service
@Transactional(readOnly = true)
public class ServiceIndicators {

    static final String SUBJECT = "SERVICE_INDICATOR";
    static final List<String> COLUMNS = List.of("unitCode", "periodFrom", "periodTo", "name", "value", "measure");
    /**
     * Columns a file may leave out or leave empty: the target of the period, the baseline, and which way is better
     * ({@code HIGHER}, the default, or {@code LOWER}).
     */
    static final List<String> OPTIONAL_COLUMNS = List.of("target", "baseline", "better");
    static final String HIGHER = "HIGHER";
    static final String LOWER = "LOWER";
    static final int NAME_LENGTH = 200;
    static final int MEASURE_LENGTH = 60;
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceIndicators(JdbcClient jdbc, Organisation organisation, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The indicators of the units the person reads, the latest period first. */
    public Paged<ServiceIndicator> list(Actor actor, int page, int size) {
        UnitScope scope = organisation.scopeOf(actor);
        String where = scope.wholeInstitution() ? "" : " where si.unit_id in (:units)";
        Map<String, Object> params = new HashMap<>();
        if (!scope.wholeInstitution()) {
            params.put("units", scope.unitIds().isEmpty() ? List.of(-1L) : scope.unitIds());
        }
        String from = " from service_indicator si join unit_directory u on u.id = si.unit_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<ServiceIndicator> items = jdbc.sql("""
                        select si.id, u.code, u.name, si.period_from, si.period_to, si.name, si.value, si.measure,
                               si.recorded_by, si.recorded_at, si.target, si.baseline, si.lower_is_better, u.id"""
                        + from + where + " order by si.period_to desc, u.code, si.name limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> indicator(rs))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** The units the person may record indicators for, by code. */
    public List<Evaluations.UnitChoice> units(Actor actor) {
        UnitScope scope = organisation.scopeOf(actor);
        return jdbc.sql("select id, code, name from unit_directory order by code")
                .query((rs, n) -> new Evaluations.UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().stream().filter(unit -> scope.includesUnit(unit.id())).toList();
    }

    public Optional<ServiceIndicator> find(Actor actor, long id) {
        return jdbc.sql("""
                        select si.id, u.code, u.name, si.period_from, si.period_to, si.name, si.value, si.measure,
                               si.recorded_by, si.recorded_at, si.target, si.baseline, si.lower_is_better, u.id
                        from service_indicator si join unit_directory u on u.id = si.unit_id where si.id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    if (!organisation.scopeOf(actor).includesUnit(rs.getLong(14))) {
                        throw new AccessDeniedException("unit outside the caller's scope");
                    }
                    return indicator(rs);
                })
                .optional();
    }

    /** An indicator read with the columns of {@link #list} and {@link #find}. */
    private static ServiceIndicator indicator(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ServiceIndicator(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getObject(7, BigDecimal.class), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), plainOrNull(rs.getObject(11, BigDecimal.class)),
                plainOrNull(rs.getObject(12, BigDecimal.class)), rs.getBoolean(13));
    }

    /**
     * Records one indicator, or replaces the value of the same unit, period and name.
     *
     * @return the problems with the input, by field; empty when it was recorded
     * @throws AccessDeniedException when the unit is outside the person's scope
     */
    @Transactional
    public List<ImportReport.Problem> record(Actor actor, Input input) {
        Checked checked = check(actor, input, 0, true);
        if (!checked.problems().isEmpty()) {
            return checked.problems();
        }
        store(actor, checked.row());
        audit.record(actor, "SERVICE_INDICATOR_RECORDED", SUBJECT, key(checked.row()), null, state(checked.row()));
        return List.of();
    }

    /** Records every row of a CSV file ({@link #COLUMNS}), or none when any row has a problem. */
    @Transactional
    public ImportReport importCsv(Actor actor, InputStream content) {
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CsvException unreadable) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(unreadable.line(), "",
                    unreadable.messageKey(), unreadable.line())));
        }
        List<String> missing = table.missingColumns(COLUMNS);
        if (!missing.isEmpty()) {
            return ImportReport.refused(table.rows().size(), List.of(ImportReport.Problem.of(1, "",
                    "csv.error.missingColumns", String.join(", ", missing))));
        }
        if (table.rows().isEmpty()) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(0, "", "evaluation.indicator.noRows")));
        }
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row line : table.rows()) {
            Checked checked = check(actor, new Input(line.text("unitCode"), line.text("periodFrom"),
                    line.text("periodTo"), line.text("name"), line.text("value"), line.text("measure"),
                    line.text("target"), line.text("baseline"), line.text("better")),
                    line.line(), false);
            problems.addAll(checked.problems());
            if (checked.row() != null) {
                Integer first = seen.putIfAbsent(key(checked.row()), line.line());
                if (first != null) {
                    problems.add(ImportReport.Problem.of(line.line(), "name", "csv.error.duplicate", first));
                }
                rows.add(checked.row());
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.refused(table.rows().size(), problems);
        }
        rows.forEach(row -> store(actor, row));
        audit.record(actor, "SERVICE_INDICATORS_IMPORTED", SUBJECT, "impor", null,
                Map.of("rows", rows.size(), "indicators", rows.stream().map(ServiceIndicators::key).toList()));
        return ImportReport.done(rows.size());
    }

    /** Removes an indicator; false when there is none with this id. */
    @Transactional
    public boolean remove(Actor actor, long id) {
        Optional<ServiceIndicator> found = find(actor, id);
        found.ifPresent(indicator -> {
            jdbc.sql("delete from service_indicator where id = :id").param("id", id).update();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("unitCode", indicator.unitCode());
            before.put("periodFrom", indicator.periodFrom().toString());
            before.put("periodTo", indicator.periodTo().toString());
            before.put("name", indicator.name());
            before.put("value", indicator.value().toPlainString());
            before.put("measure", indicator.measure());
            before.put("target", indicator.target() == null ? null : indicator.target().toPlainString());
            before.put("baseline", indicator.baseline() == null ? null : indicator.baseline().toPlainString());
            before.put("better", indicator.lowerIsBetter() ? LOWER : HIGHER);
            audit.record(actor, "SERVICE_INDICATOR_REMOVED", SUBJECT, indicator.unitCode() + "/"
                    + indicator.periodFrom() + ".." + indicator.periodTo() + "/" + indicator.name(), before, null);
        });
        return found.isPresent();
    }

    private void store(Actor actor, Row row) {
        jdbc.sql("""
                        insert into service_indicator (unit_id, period_from, period_to, name, value, measure,
                                                       recorded_by, recorded_at, target, baseline, lower_is_better)
                        values (:unit, :from, :to, :name, :value, :measure, :by, :at, :target, :baseline, :lower)
                        on conflict (unit_id, period_from, period_to, name) do update
                            set value = excluded.value, measure = excluded.measure, target = excluded.target,
                                baseline = excluded.baseline, lower_is_better = excluded.lower_is_better,
                                recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .param("unit", row.unitId()).param("from", row.from()).param("to", row.to())
                .param("name", row.name()).param("value", row.value()).param("measure", row.measure())
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .param("target", row.target()).param("baseline", row.baseline()).param("lower", row.lowerIsBetter())
                .update();
    }

    /**
     * Checks an indicator's input; with {@code refuseOutOfScope} a unit outside the person's scope is refused
     * as such (a page's form), otherwise it is a problem of the line (an import).
     */
    private Checked check(Actor actor, Input input, int line, boolean refuseOutOfScope) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Long unitId = null;
        String unitCode = blank(input.unitCode());
        if (unitCode == null) {
            problems.add(ImportReport.Problem.of(line, "unitCode", "csv.error.required"));
        } else {
            unitId = jdbc.sql("select id from unit_directory where code = :code").param("code", unitCode)
                    .query(Long.class)
                    .optional().orElse(null);
            if (unitId == null) {
                problems.add(ImportReport.Problem.of(line, "unitCode", "evaluation.indicator.error.unit", unitCode));
            } else if (!organisation.scopeOf(actor).includesUnit(unitId)) {
                if (refuseOutOfScope) {
                    throw new AccessDeniedException("unit outside the caller's scope");
                }
                problems.add(ImportReport.Problem.of(line, "unitCode", "evaluation.indicator.error.scope", unitCode));
            }
        }
        LocalDate from = date(input.periodFrom(), "periodFrom", line, problems);
        LocalDate to = date(input.periodTo(), "periodTo", line, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(ImportReport.Problem.of(line, "periodTo", "evaluation.indicator.error.periodOrder"));
        }
        String name = blank(input.name());
        if (name == null) {
            problems.add(ImportReport.Problem.of(line, "name", "csv.error.required"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(ImportReport.Problem.of(line, "name", "evaluation.indicator.error.nameLength", NAME_LENGTH));
        }
        BigDecimal value = null;
        if (blank(input.value()) == null) {
            problems.add(ImportReport.Problem.of(line, "value", "csv.error.required"));
        } else {
            value = number(input.value(), "value", line, problems);
        }
        BigDecimal target = number(input.target(), "target", line, problems);
        BigDecimal baseline = number(input.baseline(), "baseline", line, problems);
        String better = blank(input.better());
        boolean lowerIsBetter = better != null && LOWER.equalsIgnoreCase(better);
        if (better != null && !lowerIsBetter && !HIGHER.equalsIgnoreCase(better)) {
            problems.add(ImportReport.Problem.of(line, "better", "evaluation.indicator.error.better", better));
        }
        String measure = blank(input.measure());
        if (measure == null) {
            problems.add(ImportReport.Problem.of(line, "measure", "csv.error.required"));
        } else if (measure.length() > MEASURE_LENGTH) {
            problems.add(ImportReport.Problem.of(line, "measure", "evaluation.indicator.error.measureLength",
                    MEASURE_LENGTH));
        }
        Row row = problems.isEmpty()
                ? new Row(unitId, unitCode, from, to, name, value, measure, target, baseline, lowerIsBetter) : null;
        return new Checked(row, problems);
    }

    /** An optional number of two decimals at most ("82,5" or "82.5"); null when blank or not one. */
    private static BigDecimal number(String text, String field, int line, List<ImportReport.Problem> problems) {
        String raw = blank(text);
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(raw.contains(",") && !raw.contains(".") ? raw.replace(',', '.') : raw);
            if (number.scale() <= 2 && number.abs().compareTo(MAX_VALUE) <= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // told below
        }
        problems.add(ImportReport.Problem.of(line, field, "evaluation.indicator.error.value", raw));
        return null;
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : FigureCalculator.plain(value);
    }

    private static LocalDate date(String text, String field, int line, List<ImportReport.Problem> problems) {
        String value = blank(text);
        if (value == null) {
            problems.add(ImportReport.Problem.of(line, field, "csv.error.required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            problems.add(ImportReport.Problem.of(line, field, "evaluation.indicator.error.date", value));
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String key(Row row) {
        return row.unitCode() + "/" + row.from() + ".." + row.to() + "/" + row.name();
    }

    private static Map<String, Object> state(Row row) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("value", row.value().toPlainString());
        state.put("measure", row.measure());
        state.put("target", row.target() == null ? null : row.target().toPlainString());
        state.put("baseline", row.baseline() == null ? null : row.baseline().toPlainString());
        state.put("better", row.lowerIsBetter() ? LOWER : HIGHER);
        return state;
    }

    /**
     * An indicator as typed into a form, a CSV line or the API's body.
     *
     * @param better {@code HIGHER} (the default when blank) or {@code LOWER}: which values are better
     */
    public record Input(String unitCode, String periodFrom, String periodTo, String name, String value,
                        String measure, String target, String baseline, String better) {
    }

    private record Row(Long unitId, String unitCode, LocalDate from, LocalDate to, String name, BigDecimal value,
                       String measure, BigDecimal target, BigDecimal baseline, boolean lowerIsBetter) {
    }

    private record Checked(Row row, List<ImportReport.Problem> problems) {
    }
}
