package id.fleksi.rosters;

import id.fleksi.calendar.CalendarEntry;
import id.fleksi.calendar.CalendarSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** An employee's published shifts (Pasal 19) in their private calendar feed. */
@Component
class ShiftEntries implements CalendarSource {

    private final Rosters rosters;

    ShiftEntries(Rosters rosters) {
        this.rosters = rosters;
    }

    @Override
    public List<CalendarEntry> entriesFor(long employeeId, LocalDate from, LocalDate to) {
        return rosters.publishedShifts(employeeId, from, to).stream()
                .map(shift -> new CalendarEntry("sif-" + employeeId + "-" + shift.date() + "-" + shift.templateCode()
                        + "@fleksi", shift.date(), shift.start(), shift.end(), shift.zone().getId(),
                        "Sif " + shift.templateName(), "Unit " + shift.unitCode() + ", istirahat "
                        + shift.breakMinutes() + " menit"))
                .toList();
    }
}
