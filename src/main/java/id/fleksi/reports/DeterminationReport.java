package id.fleksi.reports;

import id.fleksi.organisation.EmployeeType;
import id.fleksi.organisation.InstitutionOverview;
import id.fleksi.organisation.InstitutionProfile;
import id.fleksi.organisation.Organisation;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyVersion;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.threeten.extra.YearWeek;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The determination report for the Minister (Pasal 31: the PPK submits the institution's determination to the
 * Minister): the version in force on a day with its decree number and effective date, every decision of it with
 * the article it rests on, the units designated for sif, the additional criteria with their coordination letters,
 * and who takes part: active employees by type and those with approved plans of each kind in the last four
 * complete weeks. Signed by the PPK.
 */
@Service
class DeterminationReport {

    /** Pasal 31: the determination is submitted to the Minister. */
    static final LegalRef SUBMISSION = LegalRef.pasal("Pasal 31");
    /** Pasal 12 ayat (1): where location flexibility may be used. */
    static final LegalRef LOCATIONS = LegalRef.pasal("Pasal 12 ayat (1)");
    /** Pasal 12 ayat (4): location flexibility is determined by the PPK. */
    static final LegalRef LOKASI_DETERMINED = LegalRef.pasal("Pasal 12 ayat (4)");
    /** Pasal 19 ayat (4): the units that may use sif are designated by the PPK. */
    static final LegalRef SIF_DETERMINED = RuleCode.UNIT_SIF.article();
    /** Pasal 20 ayat (2): the hours of dinamis work are arranged by the PPK. */
    static final LegalRef DINAMIS_DETERMINED = RuleCode.DINAMIS_JAM.article();

    /** The complete weeks before the report's day whose approved plans count as taking part. */
    static final int WEEKS = 4;

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH.mm");

    private final Policies policies;
    private final Organisation organisation;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String place;

    DeterminationReport(Policies policies, Organisation organisation, JdbcClient jdbc, MessageSource messages,
                        @Value("${fleksi.reports.place:}") String place) {
        this.policies = policies;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.messages = messages;
        this.place = place;
    }

    /** The report on the determination in force on {@code day}, dated {@code today}; empty when none is in force. */
    @Transactional(readOnly = true)
    public Optional<ReportDocument> on(LocalDate day, LocalDate today, Actor actor, Locale locale) {
        return policies.versionOn(day).map(version -> document(version, day, today, actor, locale));
    }

    private ReportDocument document(PolicyVersion version, LocalDate day, LocalDate today, Actor actor,
                                    Locale locale) {
        Text text = new Text(messages, locale);
        InstitutionProfile institution = organisation.institution();
        List<ReportDocument.Section> sections = List.of(
                decisions(version, institution, text),
                sifUnits(version, text),
                criteria(version, text),
                scopes(version, text, locale),
                participation(day, text));
        return new ReportDocument("penetapan-fleksibilitas-kerja-" + day,
                text.get("report.determination.title"),
                text.get("report.determination.subtitle", SUBMISSION.article(), LegalRef.REGULATION,
                        text.date(day)),
                sections, signature(institution, today, actor, text));
    }

    private ReportDocument.Section decisions(PolicyVersion v, InstitutionProfile institution, Text text) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text.get("report.determination.lokasi"), text.enabled(v.lokasiEnabled()), LOKASI_DETERMINED));
        rows.add(row(text.get("report.determination.locations"), v.allowedLocations().isEmpty()
                ? text.get("report.determination.none")
                : v.allowedLocations().stream().map(kind -> text.location(kind)).collect(Collectors.joining(", ")),
                LOCATIONS));
        rows.add(row(text.get("report.determination.maxDays"),
                text.get("report.determination.days", v.maxLokasiDaysPerWeek()), RuleCode.LOKASI_MAKS_HARI.article()));
        rows.add(row(text.get("report.determination.fixedDays"), v.fixedLokasiWeekdays().isEmpty()
                ? text.get("report.determination.notFixed")
                : v.fixedLokasiWeekdays().stream().sorted().map(text::weekday).collect(Collectors.joining(", ")),
                LOKASI_DETERMINED));
        rows.add(row(text.get("report.determination.percentCap"),
                text.get("report.determination.percent", v.lokasiPercentCap()), RuleCode.KUOTA_LOKASI.article()));
        rows.add(row(text.get("report.determination.minPresence"),
                text.get("report.determination.percent", v.minOfficePresencePercent()),
                RuleCode.LAYANAN_MINIMUM.article()));
        rows.add(row(text.get("report.determination.sif"), text.enabled(v.sifEnabled()), SIF_DETERMINED));
        rows.add(row(text.get("report.determination.dinamis"), text.enabled(v.dinamisEnabled()),
                DINAMIS_DETERMINED));
        rows.add(row(text.get("report.determination.dinamisHours"), window(v.dinamis(), text), DINAMIS_DETERMINED));
        rows.add(row(text.get("report.determination.lateStart"), v.lateStartMaxMinutes() == 0
                ? text.get("report.determination.lateStart.none")
                : text.get("report.determination.lateStart.minutes", v.lateStartMaxMinutes()),
                RuleCode.JAM_MULAI_SELESAI.article()));
        rows.add(row(text.get("report.determination.newEmployee"),
                text.get("report.determination.months", v.newEmployeeMonths()), RuleCode.PEGAWAI_BARU.article()));
        rows.add(row(text.get("report.determination.minPredikat"), v.minPredikat() == null
                ? text.get("report.determination.notSet")
                : text.get("report.predikat." + v.minPredikat().name()), RuleCode.PREDIKAT_KINERJA.article()));
        ReportDocument.Table table = new ReportDocument.Table(null, List.of(text.get("report.determination.col.item"),
                text.get("report.determination.col.decision"), text.get("report.determination.col.article")), rows);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("report.determination.decree", institution.name(), v.decreeNumber(),
                text.date(v.effectiveFrom())));
        if (v.trial()) {
            paragraphs.add(text.get("report.determination.trial", text.date(v.trialEndsOn())));
        }
        paragraphs.add(text.get("report.determination.articles", LegalRef.REGULATION));
        return new ReportDocument.Section(text.get("report.determination.section.decisions"),
                paragraphs,
                List.of(table));
    }

    private static String window(PolicyVersion.DinamisHours hours, Text text) {
        if (hours == null) {
            return text.get("report.determination.notSet");
        }
        List<String> parts = new ArrayList<>();
        parts.add(text.get("report.determination.dinamis.window", HOURS.format(hours.earliestStart()),
                HOURS.format(hours.latestEnd())));
        if (hours.coreStart() != null && hours.coreEnd() != null) {
            parts.add(text.get("report.determination.dinamis.core", HOURS.format(hours.coreStart()),
                    HOURS.format(hours.coreEnd())));
        }
        if (hours.minMinutesPerDay() != null) {
            parts.add(text.get("report.determination.dinamis.minimum", hours.minMinutesPerDay()));
        }
        return String.join("; ", parts);
    }

    private ReportDocument.Section sifUnits(PolicyVersion v, Text text) {
        String heading = text.get("report.determination.section.sif");
        String basis = text.get("report.determination.sif.basis", SIF_DETERMINED.article());
        if (v.sifUnitCodes().isEmpty()) {
            return new ReportDocument.Section(heading, List.of(basis, text.get("report.determination.sif.none")),
                    List.of());
        }
        List<List<Object>> rows = jdbc.sql("select code, name from unit_directory where code in (:codes) order by code")
                .param("codes", v.sifUnitCodes())
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2)))
                .list();
        return new ReportDocument.Section(heading, List.of(basis), List.of(new ReportDocument.Table(null,
                List.of(text.get("report.determination.col.unitCode"), text.get("report.determination.col.unitName")),
                rows)));
    }

    private static ReportDocument.Section criteria(PolicyVersion v, Text text) {
        String heading = text.get("report.determination.section.criteria");
        String basis = text.get("report.determination.criteria.basis", RuleCode.KRITERIA_TAMBAHAN.article());
        if (v.additionalCriteria().isEmpty()) {
            return new ReportDocument.Section(heading,
                    List.of(basis, text.get("report.determination.criteria.none")), List.of());
        }
        List<List<Object>> rows = v.additionalCriteria().stream()
                .map(c -> List.<Object>of(c.code(), c.description(), c.coordinationLetter()))
                .toList();
        return new ReportDocument.Section(heading, List.of(basis), List.of(new ReportDocument.Table(null,
                List.of(text.get("report.determination.col.code"), text.get("report.determination.col.criterion"),
                        text.get("report.determination.col.letter")), rows)));
    }

    /** The settings applied to part of the institution only, each with its rule, article and whom it covers. */
    private static ReportDocument.Section scopes(PolicyVersion v, Text text, Locale locale) {
        String heading = text.get("report.determination.section.scopes");
        String basis = text.get("report.determination.scopes.basis");
        if (v.scopes().isEmpty()) {
            return new ReportDocument.Section(heading, List.of(basis, text.get("report.determination.scopes.none")),
                    List.of());
        }
        List<List<Object>> rows = v.scopes().stream().map(scope -> List.<Object>of(
                scope.setting().name(), switch (scope.setting()) {
                    case KRITERIA_TAMBAHAN -> scope.criterionCode();
                    case DINAMIS_JAM -> window(scope.dinamis(), text);
                    case LAYANAN_MINIMUM -> text.get("report.determination.percent", scope.minOfficePresencePercent());
                }, scope.scope().in(locale), scope.setting().article())).toList();
        return new ReportDocument.Section(heading, List.of(basis), List.of(new ReportDocument.Table(null,
                List.of(text.get("report.determination.col.setting"), text.get("report.determination.col.decision"),
                        text.get("report.determination.col.appliesTo"), text.get("report.determination.col.article")),
                rows)));
    }

    private ReportDocument.Section participation(LocalDate day, Text text) {
        InstitutionOverview overview = organisation.overview();
        List<List<Object>> byType = new ArrayList<>();
        for (EmployeeType type : EmployeeType.values()) {
            long count = overview.byType().stream().filter(t -> t.type() == type)
                    .mapToLong(InstitutionOverview.TypeCount::employees).sum();
            byType.add(List.of(text.get("report.type." + type.name()), count));
        }
        byType.add(List.of(text.get("report.determination.total"), overview.activeEmployees()));

        LocalDate until = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = until.minusWeeks(WEEKS);
        Taking taking = jdbc.sql("""
                        select count(distinct p.employee_id)
                                   filter (where d.kind = any(:lokasi)),
                               count(distinct p.employee_id) filter (where p.flex_type = 'DINAMIS'),
                               count(distinct p.employee_id) filter (where p.flex_type = 'SIF' or d.kind = 'SIF')
                        from plan_directory p join plan_day_directory d on d.plan_id = p.id
                        where p.status = 'APPROVED' and p.week_start >= :from and p.week_start < :until""")
                .param("from", from).param("until", until)
                .param("lokasi", PlanDay.DayKind.names(PlanDay.DayKind.LOKASI))
                .query((rs, n) -> new Taking(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        long active = overview.activeEmployees();
        List<List<Object>> byKind = List.of(
                List.of(text.get("report.determination.kind.lokasi"), taking.lokasi(), share(taking.lokasi(), active),
                        RuleCode.KUOTA_LOKASI.article().article()),
                List.of(text.get("report.determination.kind.dinamis"), taking.dinamis(),
                        share(taking.dinamis(), active), DINAMIS_DETERMINED.article()),
                List.of(text.get("report.determination.kind.sif"), taking.sif(), share(taking.sif(), active),
                        SIF_DETERMINED.article()));
        LocalDate lastDay = until.minusDays(1);
        String weeks = text.get("report.determination.participation.weeks", WEEKS, text.date(from),
                text.date(lastDay), isoWeek(from), isoWeek(lastDay));
        return new ReportDocument.Section(text.get("report.determination.section.participation"),
                List.of(text.get("report.determination.participation.active", text.date(day)), weeks),
                List.of(new ReportDocument.Table(text.get("report.determination.caption.byType"),
                                List.of(text.get("report.determination.col.type"),
                                        text.get("report.determination.col.employees")), byType),
                        new ReportDocument.Table(text.get("report.determination.caption.byKind"),
                                List.of(text.get("report.determination.col.kind"),
                                        text.get("report.determination.col.employees"),
                                        text.get("report.determination.col.share"),
                                        text.get("report.determination.col.article")), byKind)));
    }

    private static String isoWeek(LocalDate day) {
        return YearWeek.from(day).toString();
    }

    /** The share of the active employees, in percent with one decimal. */
    private static BigDecimal share(long employees, long active) {
        return active == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(employees * 100L)
                .divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
    }

    /**
     * The PPK signs: the signatory set in the institution's settings (office, name and NIP), or else the signed-in
     * PPK, or else the institution's first PPK account, with the NIP of the employee behind the account where
     * there is one. The place is the one set, else the report's configured place, else the short name.
     */
    private ReportDocument.Signature signature(InstitutionProfile institution, LocalDate today, Actor actor,
                                               Text text) {
        String where = !institution.place().isBlank() || place == null || place.isBlank()
                ? institution.placeOrShortName() : place.strip();
        if (institution.hasSignatory()) {
            return new ReportDocument.Signature(where, today, institution.signatoryTitle(),
                    institution.signatoryName(), institution.signatoryNip().isEmpty() ? null
                    : institution.signatoryNip());
        }
        long preferred = actor != null && actor.isPpk() ? actor.accountId() : -1;
        Signer signer = jdbc.sql("""
                        select a.display_name, e.nip
                        from account_directory a
                            join account_role_directory r on r.account_id = a.id and r.role = 'PPK'
                            left join employee_directory e on e.id = a.employee_id
                        where a.enabled
                        order by (a.id = :preferred) desc, a.id
                        limit 1""")
                .param("preferred", preferred)
                .query((rs, n) -> new Signer(rs.getString(1), rs.getString(2)))
                .optional().orElse(new Signer("", null));
        return new ReportDocument.Signature(where, today, text.get("report.determination.office"), signer.name(),
                signer.nip());
    }

    private static List<Object> row(String item, String decision, LegalRef article) {
        return List.of(item, decision, article.article());
    }

    private record Signer(String name, String nip) {
    }

    private record Taking(long lokasi, long dinamis, long sif) {
    }

    /** The report's words in the reader's language. */
    private record Text(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String enabled(boolean enabled) {
            return get(enabled ? "report.determination.enabled" : "report.determination.disabled");
        }

        String location(LocationKind kind) {
            return get("report.location." + kind.name());
        }

        String weekday(DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }

        String date(LocalDate day) {
            return ReportDates.longDate(day, locale);
        }
    }
}
