package id.fleksi.planning;

import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.ExceptionApplied;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WeekJudgement;
import id.fleksi.rules.WeekPlan;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.threeten.extra.YearWeek;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PPK's policy check: a weekly pattern for a kind of employee, judged rule by rule against the
 * determination in force that week, so that a practice such as Kota Ambon's alternating weeks shows exactly
 * which rules it meets and which it breaks, with their articles. Stores nothing.
 */
@PageController
class PolicyCheckPage {

    static final String VIEW = "planning/policy-check";

    /** The rules a single employee's week is judged on; the unit-level ones come with approvals. */
    static final List<RuleCode> WEEK_RULES = List.of(RuleCode.HARI_KERJA, RuleCode.JAM_KERJA_MINGGUAN,
            RuleCode.JAM_MULAI_SELESAI, RuleCode.ISTIRAHAT, RuleCode.JENIS_TIDAK_DITETAPKAN,
            RuleCode.LOKASI_RUMAH_DOMISILI, RuleCode.LOKASI_MAKS_HARI, RuleCode.INFRASTRUKTUR, RuleCode.UNIT_SIF,
            RuleCode.KRITERIA_TUGAS_LOKASI, RuleCode.KRITERIA_TUGAS_SIF, RuleCode.KRITERIA_TUGAS_DINAMIS,
            RuleCode.DINAMIS_JAM, RuleCode.PEGAWAI_DISIPLIN, RuleCode.PEGAWAI_BARU, RuleCode.PREDIKAT_KINERJA,
            RuleCode.KRITERIA_TAMBAHAN);

    static final List<PlanDay.DayKind> DAY_KINDS = List.of(PlanDay.DayKind.KANTOR, PlanDay.DayKind.RUMAH,
            PlanDay.DayKind.KANTOR_LAIN, PlanDay.DayKind.LOKASI_LAIN, PlanDay.DayKind.DINAS_LUAR,
            PlanDay.DayKind.CUTI);

    private final Policies policies;
    private final Holidays holidays;
    private final Clock clock;

    PolicyCheckPage(Policies policies, Holidays holidays, Clock clock) {
        this.policies = policies;
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping("/kebijakan/uji")
    String check(@ModelAttribute("check") CheckForm form, Model model) {
        LocalDate monday = form.monday(InstitutionTime.today(clock));
        model.addAttribute("monday", monday);
        model.addAttribute("week", isoWeek(monday));
        model.addAttribute("kinds", DAY_KINDS);
        model.addAttribute("weekdays", WorkWeek.WORKING_DAYS);
        Determination policy = policies.determinationOn(monday).orElse(null);
        model.addAttribute("policy", policy);
        model.addAttribute("presets", PRESETS);
        model.addAttribute("flags", form.flags());
        if (form.submitted()) {
            Set<LocalDate> offDays = holidays.between(monday, monday.plusDays(6)).stream().map(Holiday::date)
                    .collect(Collectors.toSet());
            PlanVerdict verdict = WeekJudgement.judge(form.employee(monday, policy), policy, offDays, form.plan(monday));
            model.addAttribute("verdict", verdict);
            model.addAttribute("rows", rows(verdict));
        }
        return VIEW;
    }

    /** Each rule of the week with what the verdict says of it: met, broken, a warning, or lifted. */
    private static List<RuleRow> rows(PlanVerdict verdict) {
        List<RuleRow> rows = new ArrayList<>();
        for (RuleCode rule : WEEK_RULES) {
            List<Violation> found = verdict.violations().stream().filter(v -> v.rule() == rule).toList();
            List<ExceptionApplied> lifted = verdict.exceptionsApplied().stream().filter(e -> e.rule() == rule)
                    .toList();
            String outcome = found.stream().anyMatch(Violation::blocks) ? "BROKEN"
                    : !found.isEmpty() ? "WARNING" : !lifted.isEmpty() ? "LIFTED" : "MET";
            rows.add(new RuleRow(rule, outcome, found, lifted));
        }
        return rows;
    }

    private static String isoWeek(LocalDate monday) {
        return YearWeek.from(monday).toString();
    }

    record RuleRow(RuleCode rule, String outcome, List<Violation> violations, List<ExceptionApplied> exceptions) {
    }

    /**
     * The pattern and the kind of employee, from the query string: the kind of each weekday, dinamis or not,
     * and the employee's circumstances as checkboxes. Nothing here reaches the database.
     */
    record CheckForm(String minggu, List<PlanDay.DayKind> hari, Boolean dinamis, Boolean tugasLokasi,
                     Boolean tugasLuarKantor, Boolean keadaanKhusus, Boolean domisili, Boolean infrastruktur,
                     Boolean pegawaiBaru, Boolean disiplin, Boolean kriteriaTambahan) {

        /** The checkboxes of the form, as the person left them. */
        List<Flag> flags() {
            return List.of(new Flag("dinamis", on(dinamis)), new Flag("tugasLokasi", on(tugasLokasi)),
                    new Flag("tugasLuarKantor", on(tugasLuarKantor)), new Flag("keadaanKhusus", on(keadaanKhusus)),
                    new Flag("domisili", on(domisili)), new Flag("infrastruktur", on(infrastruktur)),
                    new Flag("kriteriaTambahan", on(kriteriaTambahan)), new Flag("pegawaiBaru", on(pegawaiBaru)),
                    new Flag("disiplin", on(disiplin)));
        }

        boolean submitted() {
            return hari != null && hari.size() == WorkWeek.WORKING_DAY_COUNT;
        }

        LocalDate monday(LocalDate today) {
            if (minggu != null && minggu.matches("\\d{4}-W\\d{2}")) {
                try {
                    return new WeekPlan(minggu, null, List.of()).monday();
                } catch (IllegalArgumentException noSuchWeek) {
                    // fall through to next week
                }
            }
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }

        WeekPlan plan(LocalDate monday) {
            List<PlanDay> days = new ArrayList<>();
            for (int i = 0; i < WorkWeek.WORKING_DAY_COUNT; i++) {
                days.add(new PlanDay(monday.plusDays(i), hari.get(i), null, null, null, null, null));
            }
            return new WeekPlan(isoWeek(monday), on(dinamis) ? WeekPlan.FlexType.DINAMIS : WeekPlan.FlexType.NONE,
                    days);
        }

        EmployeeFacts employee(LocalDate monday, Determination policy) {
            Map<String, Boolean> criteria = policy == null || !on(kriteriaTambahan) ? Map.of()
                    : policy.additionalCriteria().stream()
                    .collect(Collectors.toMap(Determination.AdditionalCriterion::code, c -> true));
            List<EmployeeFacts.Task> tasks = new ArrayList<>();
            tasks.add(new EmployeeFacts.Task("CONTOH", "Tugas contoh", new TaskCriteria(on(tugasLokasi),
                    on(tugasLokasi), on(tugasLokasi), on(tugasLokasi), true, on(tugasLuarKantor), false, false,
                    true)));
            return new EmployeeFacts("000000000000000000", "Pegawai contoh", List.of("CONTOH"),
                    on(pegawaiBaru) ? monday : monday.minusYears(5), on(domisili) ? "Domisili terdaftar" : null,
                    on(disiplin) ? List.of(new EmployeeFacts.DisciplineCase(monday.minusMonths(1), null,
                            EmployeeFacts.DisciplineCase.Status.IN_PROCESS)) : List.of(),
                    on(keadaanKhusus) ? List.of(new EmployeeFacts.SpecialCircumstance("Keadaan khusus contoh",
                            monday.minusMonths(1), monday.plusMonths(6))) : List.of(),
                    Map.of(monday.getYear() - 1, Predikat.BAIK), on(infrastruktur), criteria, tasks);
        }

        private static boolean on(Boolean value) {
            return Boolean.TRUE.equals(value);
        }
    }

    /** The practices named in the seeds (regulation.md), as ready-made weekly patterns. */
    static final List<Preset> PRESETS = List.of(
            preset("kemenpanrb", "KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR"),
            preset("bengkulu", "KANTOR", "KANTOR", "KANTOR", "LOKASI_LAIN", "LOKASI_LAIN"),
            preset("bolsel", "LOKASI_LAIN", "LOKASI_LAIN", "KANTOR", "KANTOR", "KANTOR"),
            preset("ambonA", "KANTOR", "KANTOR", "KANTOR", "RUMAH", "RUMAH"),
            preset("ambonB", "KANTOR", "KANTOR", "RUMAH", "RUMAH", "RUMAH"));

    private static Preset preset(String key, String... kinds) {
        return new Preset("planning.check.preset." + key,
                java.util.Arrays.stream(kinds).map(PlanDay.DayKind::valueOf).toList());
    }

    record Flag(String name, boolean checked) {
    }

    record Preset(String labelKey, List<PlanDay.DayKind> days) {
    }
}
