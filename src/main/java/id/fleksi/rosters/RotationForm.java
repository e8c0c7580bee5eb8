package id.fleksi.rosters;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rotation form: the Monday it starts and its cells, week by week; the version read. */
public class RotationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    private List<String> cells = new ArrayList<>();
    private Long version;

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public List<String> getCells() {
        return cells;
    }

    public void setCells(List<String> cells) {
        this.cells = cells;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** The cells of week {@code week} (0-based), as indexes into {@link #getCells()}. */
    public List<Integer> indexesOfWeek(int week) {
        List<Integer> indexes = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            indexes.add(week * 7 + day);
        }
        return indexes;
    }

    public int weeks() {
        return cells.size() / 7;
    }
}
