package id.fleksi.policy;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The holiday calendar the institution keeps each year (libur nasional and cuti bersama): data, not code,
 * because the government sets the moving holidays and the cuti bersama anew every year. The rules read it
 * with {@link #between(LocalDate, LocalDate)}.
 */
@Service
public class Holidays {

    static final String SUBJECT_YEAR = "HOLIDAY_CALENDAR";
    static final String SUBJECT_DAY = "HOLIDAY";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final String YEARS = FIRST_YEAR + "\u2013" + LAST_YEAR;
    static final List<String> CSV_COLUMNS = List.of("date", "name", "kind");
    /** The template's columns: the required ones and the optional basis. */
    static final List<String> CSV_TEMPLATE_COLUMNS = List.of("date", "name", "kind", "basis");
    private static final int NAME_LENGTH = 200;
    private static final int BASIS_LENGTH = 300;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Holidays(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Refuses a year the calendar does not keep. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new HolidaysRefused(List.of(HolidayProblem.of("year", "holiday.error.year", YEARS)));
        }
    }

    /** The holidays from {@code from} to {@code to}, both included, by date. */
    @Transactional(readOnly = true)
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, name, kind, basis from holiday where day between :from and :to order by day")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2),
                        HolidayKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Holiday> ofYear(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Optional<Holiday> on(LocalDate day) {
        return between(day, day).stream().findFirst();
    }

    /**
     * Replaces the year's list with these entries: every date within the year, none twice, each with a
     * name and a kind; otherwise nothing changes.
     *
     * @throws HolidaysRefused naming each entry's problem, e.g. {@code [2].date}
     */
    @Transactional
    public List<Holiday> replaceYear(Actor actor, int year, List<Holiday> entries) {
        checkYear(year);
        List<HolidayProblem> problems = new ArrayList<>();
        List<Holiday> list = entries == null ? List.of() : entries;
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Holiday entry = list.get(i);
            String at = "[" + i + "]";
            if (entry == null) {
                problems.add(HolidayProblem.of(at, "holiday.error.entry"));
                continue;
            }
            if (entry.date() == null) {
                problems.add(HolidayProblem.of(at + ".date", "holiday.error.required"));
            } else if (entry.date().getYear() != year) {
                problems.add(HolidayProblem.of(at + ".date", "holiday.error.otherYear", String.valueOf(year)));
            } else {
                Integer first = seen.putIfAbsent(entry.date(), i);
                if (first != null) {
                    problems.add(HolidayProblem.of(at + ".date", "holiday.error.twice", "[" + first + "]"));
                }
            }
            nameAndKind(problems, at + ".", entry);
        }
        if (!problems.isEmpty()) {
            throw new HolidaysRefused(problems);
        }
        return replace(actor, year, list);
    }

    /** Adds one holiday; refused when a field is missing or the day already is one. */
    @Transactional
    public Holiday add(Actor actor, Holiday entry) {
        List<HolidayProblem> problems = new ArrayList<>();
        if (entry.date() == null) {
            problems.add(HolidayProblem.of("date", "holiday.error.required"));
        } else if (entry.date().getYear() < FIRST_YEAR || entry.date().getYear() > LAST_YEAR) {
            problems.add(HolidayProblem.of("date", "holiday.error.year", YEARS));
        }
        nameAndKind(problems, "", entry);
        if (problems.isEmpty() && on(entry.date()).isPresent()) {
            problems.add(HolidayProblem.of("date", "holiday.error.exists"));
        }
        if (!problems.isEmpty()) {
            throw new HolidaysRefused(problems);
        }
        Holiday holiday;
        try {
            holiday = insert(entry);
        } catch (DuplicateKeyException sameDay) {
            throw new HolidaysRefused(List.of(HolidayProblem.of("date", "holiday.error.exists")));
        }
        audit.record(actor, "HOLIDAY_ADDED", SUBJECT_DAY, holiday.date().toString(), null, holiday);
        events.publishEvent(new CalendarChanged(CalendarChanged.Cause.HOLIDAY, holiday.date(),
                List.of(holiday.date())));
        return holiday;
    }

    /** Removes the holiday on that day; false when there is none. */
    @Transactional
    public boolean remove(Actor actor, LocalDate day) {
        Optional<Holiday> holiday = on(day);
        holiday.ifPresent(h -> {
            jdbc.sql("delete from holiday where day = :day").param("day", day).update();
            audit.record(actor, "HOLIDAY_REMOVED", SUBJECT_DAY, day.toString(), h, null);
        });
        return holiday.isPresent();
    }

    /**
     * Replaces the year's list with the rows of a CSV file (columns date, name, kind, and basis if wanted): all
     * valid rows or none, with a report per line.
     */
    @Transactional
    public ImportReport importYear(Actor actor, int year, InputStream content) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(0, "", "holiday.error.year", YEARS)));
        }
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CsvException unreadable) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(unreadable.line(), "",
                    unreadable.messageKey(), unreadable.line())));
        }
        List<String> missing = table.missingColumns(CSV_COLUMNS);
        if (!missing.isEmpty()) {
            return ImportReport.refused(table.rows().size(), List.of(ImportReport.Problem.of(1, "",
                    "csv.error.missingColumns", String.join(", ", missing))));
        }
        if (table.rows().isEmpty()) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(0, "", "holiday.import.noRows")));
        }
        ImportReport.Problems problems = new ImportReport.Problems();
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<Holiday> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDate date = null;
            if (row.get("date").isEmpty()) {
                problems.add(row.line(), "date", "csv.error.required");
            } else {
                try {
                    date = LocalDate.parse(row.text("date"));
                } catch (DateTimeParseException notADate) {
                    problems.add(row.line(), "date", "holiday.error.dateFormat", row.text("date"));
                }
            }
            if (date != null && date.getYear() != year) {
                problems.add(row.line(), "date", "holiday.error.otherYear", String.valueOf(year));
            } else if (date != null) {
                Integer first = seen.putIfAbsent(date, row.line());
                if (first != null) {
                    problems.add(row.line(), "date", "csv.error.duplicate", first);
                }
            }
            String name = row.text("name");
            if (name.isEmpty()) {
                problems.add(row.line(), "name", "csv.error.required");
            } else if (name.length() > NAME_LENGTH) {
                problems.add(row.line(), "name", "holiday.error.nameLength", NAME_LENGTH);
            }
            HolidayKind kind = null;
            if (row.get("kind").isEmpty()) {
                problems.add(row.line(), "kind", "csv.error.required");
            } else {
                try {
                    kind = HolidayKind.valueOf(row.text("kind").toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException unknown) {
                    problems.add(row.line(), "kind", "holiday.error.kind", row.text("kind"));
                }
            }
            String basis = row.text("basis");
            if (basis.length() > BASIS_LENGTH) {
                problems.add(row.line(), "basis", "holiday.error.basisLength", BASIS_LENGTH);
            }
            entries.add(new Holiday(date, name, kind, basis));
        }
        if (!problems.isEmpty()) {
            return ImportReport.refused(table.rows().size(), problems.list());
        }
        replace(actor, year, entries);
        return ImportReport.done(entries.size());
    }

    private List<Holiday> replace(Actor actor, int year, List<Holiday> entries) {
        // two people replacing the same year at once take turns, so neither meets the other's half-written list
        jdbc.sql("select pg_advisory_xact_lock(hashtext('holiday'), :year)").param("year", year)
                .query((rs, n) -> n).list();
        List<Holiday> before = ofYear(year);
        jdbc.sql("delete from holiday where day between :from and :to")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).update();
        for (Holiday entry : entries) {
            insert(entry);
        }
        List<Holiday> after = ofYear(year);
        audit.record(actor, "HOLIDAYS_REPLACED", SUBJECT_YEAR, String.valueOf(year), before, after);
        Set<LocalDate> had = new HashSet<>(before.stream().map(Holiday::date).toList());
        List<LocalDate> added = after.stream().map(Holiday::date).filter(day -> !had.contains(day)).toList();
        if (!added.isEmpty()) {
            events.publishEvent(new CalendarChanged(CalendarChanged.Cause.HOLIDAY, added.get(0), added));
        }
        return after;
    }

    /** Stores a checked entry as kept: name and basis stripped, a blank basis none. */
    private Holiday insert(Holiday entry) {
        String basis = entry.basis() == null || entry.basis().isBlank() ? null : entry.basis().strip();
        Holiday holiday = new Holiday(entry.date(), entry.name().strip(), entry.kind(), basis);
        jdbc.sql("insert into holiday (day, name, kind, basis) values (:day, :name, :kind, :basis)")
                .param("day", holiday.date()).param("name", holiday.name()).param("kind", holiday.kind().name())
                .param("basis", holiday.basis()).update();
        return holiday;
    }

    private static void nameAndKind(List<HolidayProblem> problems, String prefix, Holiday entry) {
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add(HolidayProblem.of(prefix + "name", "holiday.error.required"));
        } else if (entry.name().strip().length() > NAME_LENGTH) {
            problems.add(HolidayProblem.of(prefix + "name", "holiday.error.nameLength", NAME_LENGTH));
        }
        if (entry.kind() == null) {
            problems.add(HolidayProblem.of(prefix + "kind", "holiday.error.required"));
        }
        if (entry.basis() != null && entry.basis().strip().length() > BASIS_LENGTH) {
            problems.add(HolidayProblem.of(prefix + "basis", "holiday.error.basisLength", BASIS_LENGTH));
        }
    }
}
