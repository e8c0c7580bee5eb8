package id.fleksi.policy;

import java.util.List;

/** A holiday list or entry that cannot be saved, with every reason at once. */
class HolidaysRefused extends RuntimeException {

    private final transient List<HolidayProblem> problems;

    HolidaysRefused(List<HolidayProblem> problems) {
        super("The holidays cannot be saved: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<HolidayProblem> problems() {
        return problems;
    }
}
