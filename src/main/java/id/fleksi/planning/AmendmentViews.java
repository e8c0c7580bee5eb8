package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.shared.web.Paged;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What the pages show of a request to change an approved plan: each day as approved beside the day asked for. */
final class AmendmentViews {

    /** The requests of a plan a page lists at most (the latest). */
    static final int HISTORY_SIZE = 10;

    private AmendmentViews() {
    }

    /** A day of the week as approved and as asked for ({@code null}: not worked), and whether they differ. */
    record DayPair(LocalDate date, PlanDay before, PlanDay after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** The days either holds, in date order. */
    static List<DayPair> pairs(List<PlanDay> approved, List<PlanDay> asked) {
        Map<LocalDate, PlanDay[]> days = new TreeMap<>();
        approved.forEach(day -> days.computeIfAbsent(day.date(), d -> new PlanDay[2])[0] = day);
        asked.forEach(day -> days.computeIfAbsent(day.date(), d -> new PlanDay[2])[1] = day);
        List<DayPair> pairs = new ArrayList<>();
        days.forEach((date, pair) -> pairs.add(new DayPair(date, pair[0], pair[1])));
        return pairs;
    }

    /** A request in a plan's history, its times on the institution's clock. */
    record HistoryRow(AmendmentRequest request, LocalDateTime requestedAt, LocalDateTime decidedAt) {

        static HistoryRow of(AmendmentRequest request) {
            return new HistoryRow(request, WeekViews.local(request.requestedAt()), WeekViews.local(request.decidedAt()));
        }
    }

    /** The latest requests of a plan, for a page. */
    static List<HistoryRow> history(Paged<AmendmentRequest> requests) {
        return requests.items().stream().map(HistoryRow::of).toList();
    }
}
