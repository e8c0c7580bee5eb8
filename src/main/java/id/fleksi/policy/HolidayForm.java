package id.fleksi.policy;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form that adds one holiday on {@code /hari-libur}. */
public class HolidayForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String name;
    private HolidayKind kind;
    private String basis;

    Holiday toHoliday() {
        return new Holiday(date, name, kind, basis);
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }
}
