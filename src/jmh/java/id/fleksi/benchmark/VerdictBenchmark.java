package id.fleksi.benchmark;

import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.rules.WeekJudgement;
import id.fleksi.rules.WeekPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Verdicts per second for a typical week: an analyst with two home days, judged against a determination
 * like the demo institution's, and the eligibility of the same employee on the Monday.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerdictBenchmark {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final EmployeeFacts employee = new EmployeeFacts("198808122010042002", "Kartika Nugroho",
            List.of("DISKOMINFO", "SETDA"), LocalDate.of(2018, 12, 1), "Jl. Melati No. 13, Kecamatan Sukamaju",
            List.of(), List.of(), Map.of(2025, Predikat.BAIK), true, Map.of(),
            List.of(new EmployeeFacts.Task("KOM-APL", "Pengembangan dan pemeliharaan aplikasi layanan",
                    new TaskCriteria(true, true, true, true, true, false, false, false, true))));

    private final Determination policy = new Determination(LocalDate.of(2026, 1, 5),
            "Keputusan Bupati Sukamaju Nomor 800.1/12/2026", true,
            Set.of(LocationKind.RUMAH, LocationKind.KANTOR_LAIN, LocationKind.LOKASI_LAIN), 2, 40, Set.of(), true,
            Set.of("RSUD-IGD"), true, new Determination.DinamisHours(LocalTime.of(6, 0), LocalTime.of(19, 0),
            LocalTime.of(9, 0), LocalTime.of(14, 0), 240), 60, 6, Predikat.BAIK, 50, List.of());

    private final WeekPlan week = new WeekPlan("2026-W48", WeekPlan.FlexType.NONE, List.of(
            day(0, PlanDay.DayKind.KANTOR), day(1, PlanDay.DayKind.RUMAH), day(2, PlanDay.DayKind.KANTOR),
            day(3, PlanDay.DayKind.RUMAH), day(4, PlanDay.DayKind.KANTOR)));

    private static PlanDay day(int offset, PlanDay.DayKind kind) {
        return new PlanDay(MONDAY.plusDays(offset), kind, null, null, null, null, null);
    }

    @Benchmark
    public PlanVerdict weekVerdict() {
        return WeekJudgement.judge(employee, policy, Set.of(), week);
    }

    @Benchmark
    public Eligibility.Verdict eligibility() {
        return Eligibility.of(employee, policy, MONDAY);
    }
}
