package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.WeekPlan;
import id.fleksi.rules.WorkWeek;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employee's week as the form holds it: the plan's time flexibility and one row per day, Monday to Sunday,
 * as typed. Only these bind (see {@code WeekFormPages#allowedFields}); whose plan it is and which week come from
 * the signed-in person and the address, never from the form.
 */
public class WeekForm {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:.](\\d{2})$");

    private WeekPlan.FlexType flexType = WeekPlan.FlexType.NONE;

    @Valid
    private List<DayRow> days = new ArrayList<>();

    /** A week with the given kind on each day, Monday first; {@code null} is a day not worked. */
    static WeekForm of(WeekPlan.FlexType flexType, List<PlanDay.DayKind> kinds) {
        WeekForm form = new WeekForm();
        form.flexType = flexType == null ? WeekPlan.FlexType.NONE : flexType;
        for (PlanDay.DayKind kind : kinds) {
            DayRow row = new DayRow();
            row.kind = kind == null ? "" : kind.name();
            form.days.add(row);
        }
        form.complete();
        return form;
    }

    /** The week of a plan as it was stored, each day on its weekday. */
    static WeekForm ofDays(WeekPlan.FlexType flexType, List<PlanDay> days) {
        WeekForm form = of(flexType, List.of());
        for (PlanDay day : days) {
            form.days.set(day.date().getDayOfWeek().getValue() - 1, DayRow.of(day));
        }
        return form;
    }

    /**
     * Another week's plan moved to this week, weekday by weekday: what was done on a Wednesday is done on this
     * Wednesday. A holiday of this week is not worked; a working day the other week did not plan (its holiday) is
     * the office, or home on the PPK's fixed weekdays; a day away from the office on another weekday than those
     * the PPK fixed (a determination changed since) becomes the office.
     */
    static WeekForm shifted(WeekPlan.FlexType flexType, List<PlanDay> days, LocalDate monday, Set<LocalDate> holidays,
                            Set<DayOfWeek> fixedHomeDays) {
        WeekForm form = ofDays(flexType, days);
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            LocalDate date = monday.plusDays(i);
            DayRow row = form.days.get(i);
            if (holidays.contains(date)) {
                form.days.set(i, new DayRow());
            } else if (WorkWeek.isWorkingDay(date) && row.kind.isEmpty()) {
                row.kind = (fixedHomeDays.contains(date.getDayOfWeek()) ? PlanDay.DayKind.RUMAH
                        : PlanDay.DayKind.KANTOR).name();
            } else if (!fixedHomeDays.isEmpty() && !fixedHomeDays.contains(date.getDayOfWeek())
                    && kind(row.kind) != null && kind(row.kind).isLokasi()) {
                row.kind = PlanDay.DayKind.KANTOR.name();
                row.officeUnitCode = "";
            }
        }
        return form;
    }

    /** A week in the office Monday to Friday, at home on the PPK's fixed weekdays, holidays not worked. */
    static WeekForm standard(LocalDate monday, Set<LocalDate> holidays, Set<DayOfWeek> fixedHomeDays) {
        List<PlanDay.DayKind> kinds = new ArrayList<>();
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            LocalDate date = monday.plusDays(i);
            kinds.add(!WorkWeek.isWorkingDay(date) || holidays.contains(date) ? null
                    : fixedHomeDays.contains(date.getDayOfWeek()) ? PlanDay.DayKind.RUMAH : PlanDay.DayKind.KANTOR);
        }
        return of(WeekPlan.FlexType.NONE, kinds);
    }

    /** Seven rows, whatever arrived: missing rows are days not worked, extra ones are dropped. */
    void complete() {
        if (days == null) {
            days = new ArrayList<>();
        }
        days.replaceAll(row -> row == null ? new DayRow() : row);
        while (days.size() < WorkWeek.DAYS) {
            days.add(new DayRow());
        }
        while (days.size() > WorkWeek.DAYS) {
            days.remove(days.size() - 1);
        }
        days.forEach(DayRow::strip);
        if (flexType == null) {
            flexType = WeekPlan.FlexType.NONE;
        }
    }

    /**
     * The checks a plan needs before the rules can read it, each next to its field: a kind on every working day,
     * times as hours and minutes given together, a break in minutes, the other office for "Kantor lain".
     *
     * @param offDays the days of the week that need no work (weekend and holidays)
     * @param units   the codes of the institution's units
     */
    void check(Errors errors, LocalDate monday, Set<LocalDate> offDays, Set<String> units) {
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            DayRow row = days.get(i);
            String path = "days[" + i + "].";
            if (row.kind.isEmpty()) {
                if (!offDays.contains(monday.plusDays(i))) {
                    errors.rejectValue(path + "kind", "error.kindRequired");
                }
                continue;
            }
            if (kind(row.kind) == null) {
                errors.rejectValue(path + "kind", "error.kind");
                continue;
            }
            boolean startBad = !row.start.isEmpty() && time(row.start) == null;
            boolean endBad = !row.end.isEmpty() && time(row.end) == null;
            if (startBad) {
                errors.rejectValue(path + "start", "error.time");
            }
            if (endBad) {
                errors.rejectValue(path + "end", "error.time");
            }
            if (!startBad && !endBad && row.start.isEmpty() != row.end.isEmpty()) {
                errors.rejectValue(path + (row.start.isEmpty() ? "start" : "end"), "error.bothTimes");
            }
            if (!row.breakMinutes.isEmpty()) {
                Integer minutes = number(row.breakMinutes);
                if (minutes == null || minutes < 0 || minutes > 600) {
                    errors.rejectValue(path + "breakMinutes", "error.break");
                }
            }
            if (kind(row.kind) == PlanDay.DayKind.KANTOR_LAIN && !units.contains(row.officeUnitCode)) {
                errors.rejectValue(path + "officeUnitCode", "error.office");
            }
        }
    }

    /** The plan of the week, once {@link #check} found nothing: the days worked or on leave, in order. */
    WeekPlan toPlan(String isoWeek, LocalDate monday) {
        List<PlanDay> planned = new ArrayList<>();
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            DayRow row = days.get(i);
            PlanDay.DayKind kind = kind(row.kind);
            if (kind == null) {
                continue;
            }
            planned.add(new PlanDay(monday.plusDays(i), kind, time(row.start), time(row.end), number(row.breakMinutes),
                    kind == PlanDay.DayKind.KANTOR_LAIN ? row.officeUnitCode : null,
                    row.note.isEmpty() ? null : row.note));
        }
        return new WeekPlan(isoWeek, flexType, planned);
    }

    static PlanDay.DayKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (PlanDay.DayKind kind : PlanDay.DayKind.values()) {
            if (kind.name().equals(value.strip())) {
                return kind;
            }
        }
        return null;
    }

    /** "08:00" or "08.00" as a time of day, else {@code null}. */
    static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    private static Integer number(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    public WeekPlan.FlexType getFlexType() {
        return flexType;
    }

    public void setFlexType(WeekPlan.FlexType flexType) {
        this.flexType = flexType;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public void setDays(List<DayRow> days) {
        this.days = days;
    }

    /** One day as typed: empty strings where nothing was typed, the standard day then applies. */
    public static class DayRow {

        private String kind = "";
        private String start = "";
        private String end = "";
        private String breakMinutes = "";
        private String officeUnitCode = "";

        @Size(max = 500, message = "{weekplan.error.note}")
        private String note = "";

        static DayRow of(PlanDay day) {
            DayRow row = new DayRow();
            row.kind = day.kind().name();
            row.start = day.start() == null ? "" : day.start().toString();
            row.end = day.end() == null ? "" : day.end().toString();
            row.breakMinutes = day.breakMinutes() == null ? "" : day.breakMinutes().toString();
            row.officeUnitCode = day.officeUnitCode() == null ? "" : day.officeUnitCode();
            row.note = day.note() == null ? "" : day.note();
            return row;
        }

        void strip() {
            kind = clean(kind);
            start = clean(start);
            end = clean(end);
            breakMinutes = clean(breakMinutes);
            officeUnitCode = clean(officeUnitCode);
            note = clean(note);
        }

        private static String clean(String value) {
            return value == null ? "" : value.strip();
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getBreakMinutes() {
            return breakMinutes;
        }

        public void setBreakMinutes(String breakMinutes) {
            this.breakMinutes = breakMinutes;
        }

        public String getOfficeUnitCode() {
            return officeUnitCode;
        }

        public void setOfficeUnitCode(String officeUnitCode) {
            this.officeUnitCode = officeUnitCode;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
