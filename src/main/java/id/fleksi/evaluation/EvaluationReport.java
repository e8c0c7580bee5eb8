package id.fleksi.evaluation;

import id.fleksi.evaluation.EvaluationFigures.Achievements;
import id.fleksi.evaluation.EvaluationFigures.AttendanceDiscrepancies;
import id.fleksi.evaluation.EvaluationFigures.CoverageBreach;
import id.fleksi.evaluation.EvaluationFigures.DayLocationDays;
import id.fleksi.evaluation.EvaluationFigures.Discipline;
import id.fleksi.evaluation.EvaluationFigures.EmployeeLocationDays;
import id.fleksi.evaluation.EvaluationFigures.IndicatorValue;
import id.fleksi.evaluation.EvaluationFigures.PredicateCount;
import id.fleksi.evaluation.EvaluationFigures.RuleCount;
import id.fleksi.evaluation.EvaluationFigures.TypeUsage;
import id.fleksi.evaluation.EvaluationFigures.UnitEvaluationSummary;
import id.fleksi.evaluation.EvaluationFigures.UnitFigures;
import id.fleksi.organisation.InstitutionProfile;
import id.fleksi.organisation.Organisation;
import id.fleksi.reports.ReportDocument;
import id.fleksi.reports.ReportDocument.Section;
import id.fleksi.reports.ReportDocument.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An evaluation as a report document, in the reader's language: the figures as tables, the findings, the
 * recommendation and the signature (the unit head or the PPK, dated the day it was finalized). CSV, XLSX and PDF
 * are all written from it.
 */
@Component
class EvaluationReport {

    private static final String PREFIX = "Pemerintah ";
    private static final List<String> REGIONS = List.of("Kabupaten ", "Kota ", "Provinsi ");

    private final MessageSource messages;
    private final Organisation organisation;
    private final EvaluationDrafts drafts;

    EvaluationReport(MessageSource messages, Organisation organisation, EvaluationDrafts drafts) {
        this.messages = messages;
        this.organisation = organisation;
        this.drafts = drafts;
    }

    ReportDocument document(Evaluation evaluation, Locale locale) {
        Text text = new Text(messages, locale);
        EvaluationFigures f = evaluation.figures();
        InstitutionProfile profile = organisation.institution();
        String institution = profile.name();
        String subject = evaluation.isInstitution() ? institution
                : evaluation.unitName() + " (" + evaluation.unitCode() + ")";
        List<Section> sections = new ArrayList<>();

        sections.add(aspect(text, "a"));
        sections.add(new Section(text.get("evaluation.section.plans"), List.of(), List.of(new Table(null,
                text.list("evaluation.col.status", "evaluation.col.plans", "evaluation.col.percent"), List.of(
                        List.of(text.get("evaluation.plans.approved"), f.plans().approved(),
                                f.plans().approvedPercent()),
                        List.of(text.get("evaluation.plans.rejected"), f.plans().rejected(),
                                f.plans().rejectedPercent()),
                        List.of(text.get("evaluation.plans.waiting"), f.plans().waiting(), f.plans().waitingPercent()),
                        List.of(text.get("evaluation.plans.total"), f.plans().total(), ""))))));
        sections.add(new Section(text.get("evaluation.section.violations"), List.of(), List.of(new Table(null,
                text.list("evaluation.col.rule", "evaluation.col.article", "evaluation.col.occurrences",
                        "evaluation.col.plans"),
                f.violations().stream().map(EvaluationReport::row).toList()))));
        sections.add(new Section(text.get("evaluation.section.coverage"),
                List.of(text.get("evaluation.coverage.explain")), List.of(new Table(null,
                text.list("evaluation.col.date", "evaluation.col.unit", "evaluation.col.staff",
                        "evaluation.col.inOffice", "evaluation.col.inOfficePercent", "evaluation.col.minimumPercent"),
                f.coverageBreaches().stream().map(EvaluationReport::row).toList()))));
        sections.add(new Section(text.get("evaluation.section.indicators"), List.of(), List.of(new Table(null,
                text.list("evaluation.col.unit", "evaluation.col.indicator", "evaluation.col.period",
                        "evaluation.col.realisation", "evaluation.col.measure", "evaluation.col.target",
                        "evaluation.col.baseline", "evaluation.col.targetMet", "evaluation.col.previous"),
                f.serviceIndicators().stream().map(i -> row(i, text)).toList()))));
        sections.add(new Section(text.get("evaluation.section.perUnit"), List.of(), List.of(new Table(null,
                text.list("evaluation.col.unit", "evaluation.col.staff", "evaluation.col.participants",
                        "evaluation.type.LOKASI", "evaluation.type.DINAMIS", "evaluation.type.SIF",
                        "evaluation.plans.approved", "evaluation.plans.rejected", "evaluation.plans.waiting",
                        "evaluation.col.breaches"),
                f.perUnit().stream().map(EvaluationReport::row).toList()))));
        if (evaluation.isInstitution()) {
            sections.add(new Section(text.get("evaluation.section.unitEvaluations"), List.of(), List.of(
                    new Table(null, text.list("evaluation.col.unit", "evaluation.col.period",
                            "evaluation.col.recommendation", "evaluation.col.finalizedOn", "evaluation.col.signer",
                            "evaluation.col.employees", "evaluation.col.participants", "evaluation.plans.approved",
                            "evaluation.plans.rejected", "evaluation.col.breaches"),
                            f.unitEvaluations().stream().map(u -> row(u, text)).toList()),
                    new Table(text.get("evaluation.table.missingUnits"), text.list("evaluation.col.unitCode",
                            "evaluation.col.name"),
                            f.unitsWithoutEvaluation().stream().map(u -> List.<Object>of(u.code(), u.name()))
                                    .toList()))));
        }
        sections.add(aspect(text, "b"));
        sections.add(new Section(text.get("evaluation.section.summary"),
                List.of(text.get("evaluation.report.basis")),
                List.of(new Table(null, text.list("evaluation.col.figure", "evaluation.col.value",
                        "evaluation.col.percent"), summaryRows(f, text)))));
        sections.add(new Section(text.get("evaluation.section.locationDays"), List.of(), List.of(
                new Table(text.get("evaluation.table.byEmployee"), text.list("evaluation.col.nip",
                        "evaluation.col.name", "evaluation.col.unit", "evaluation.col.kantorLain",
                        "evaluation.col.rumah", "evaluation.col.lokasiLain", "evaluation.col.total"),
                        f.locationDaysByEmployee().stream().map(EvaluationReport::row).toList()),
                new Table(text.get("evaluation.table.byDay"), text.list("evaluation.col.date",
                        "evaluation.col.kantorLain", "evaluation.col.rumah", "evaluation.col.lokasiLain",
                        "evaluation.col.total"),
                        f.locationDaysByDay().stream().map(EvaluationReport::row).toList()))));
        sections.add(new Section(text.get("evaluation.section.predicates"),
                List.of(text.get("evaluation.predicates.explain", f.predicateYear())), List.of(new Table(null,
                text.list("evaluation.col.predicate", "evaluation.group.participants",
                        "evaluation.group.nonParticipants"),
                f.predicates().stream().map(p -> predicateRow(p, text)).toList()))));
        sections.add(new Section(text.get("evaluation.section.outputs"), f.outputs() == null
                ? List.of(text.get("evaluation.outputs.explain"), text.get("evaluation.outputs.notCounted"))
                : List.of(text.get("evaluation.outputs.explain")), f.outputs() == null ? List.of()
                : List.of(new Table(null, text.list("evaluation.col.figure", "evaluation.col.value"), List.of(
                        List.of(text.get("evaluation.outputs.reviewed"), f.outputs().reviewed()),
                        List.of(text.get("evaluation.outputs.accepted"), f.outputs().accepted()),
                        List.of(text.get("evaluation.outputs.returned"), f.outputs().returned()),
                        List.of(text.get("evaluation.outputs.acceptedPercent"), f.outputs().reviewed() == 0 ? ""
                                : f.outputs().acceptedPercent()),
                        List.of(text.get("evaluation.outputs.waiting"), f.outputs().waiting()))))));
        sections.add(new Section(text.get("evaluation.section.achievements"), f.achievements() == null
                ? List.of(text.get("evaluation.achievements.explain"), text.get("evaluation.achievements.notCounted"))
                : List.of(text.get("evaluation.achievements.explain")), f.achievements() == null ? List.of()
                : List.of(new Table(null, text.list("evaluation.col.group", "evaluation.col.employees",
                        "evaluation.col.withAchievement", "evaluation.col.averageScore"), List.of(
                        row(text.get("evaluation.group.participants"), f.achievements().participants()),
                        row(text.get("evaluation.group.nonParticipants"), f.achievements().nonParticipants()))))));
        sections.add(aspect(text, "c"));
        sections.add(new Section(text.get("evaluation.section.discipline"), List.of(), List.of(new Table(null,
                text.list("evaluation.col.group", "evaluation.col.employees", "evaluation.col.withCases",
                        "evaluation.col.cases", "evaluation.col.percent"), List.of(
                        row(text.get("evaluation.group.participants"), f.discipline().participants()),
                        row(text.get("evaluation.group.nonParticipants"), f.discipline().nonParticipants()),
                        row(text.get("evaluation.group.all"), f.discipline().all()))))));
        sections.add(discrepancies(f.attendanceDiscrepancies(), text));
        List<String> conclusion = new ArrayList<>();
        conclusion.add(text.get("evaluation.findings") + ": " + (evaluation.findings() == null ? "-"
                : evaluation.findings()));
        conclusion.add(text.get("evaluation.recommendation") + ": " + (evaluation.recommendation() == null ? "-"
                : text.get("evaluation.recommendation." + evaluation.recommendation())));
        if (!evaluation.recommendationTasks().isEmpty()) {
            conclusion.add(text.get("evaluation.recommendation.tasks") + ": "
                    + String.join(", ", evaluation.recommendationTasks()));
        }
        List<EvaluationDrafts.OpenedDraft> opened = evaluation.isFinal() ? drafts.of(evaluation.id()) : List.of();
        sections.add(new Section(text.get("evaluation.section.conclusion"), conclusion, opened.isEmpty() ? List.of()
                : List.of(new Table(text.get("evaluation.drafts.heading"), text.list("evaluation.drafts.col.draft",
                        "evaluation.drafts.col.text", "evaluation.drafts.col.status"),
                        opened.stream().map(d -> row(d, text)).toList()))));

        ReportDocument.Signature signature = evaluation.signer() == null ? null : new ReportDocument.Signature(
                profile.place().isBlank() ? place(institution) : profile.place(), evaluation.finalizedOn(), evaluation.isInstitution()
                ? text.get("evaluation.signer.ppk") : text.get("evaluation.signer.head", evaluation.unitName()),
                evaluation.signer().name(), evaluation.signer().nip());
        String subtitle = text.get("evaluation.report.subtitle", text.date(evaluation.periodFrom()),
                text.date(evaluation.periodTo()), text.get("evaluation.status." + evaluation.status()));
        return new ReportDocument(fileName(evaluation), text.get("evaluation.report.title", subject), subtitle,
                sections, signature);
    }

    /** The heading of an aspect of Pasal 35 ayat (3): its article and the regulation's words. */
    private static Section aspect(Text text, String letter) {
        return new Section(text.get("evaluation.aspect." + letter + ".title"),
                List.of(text.get("evaluation.aspect." + letter + ".article") + ": "
                        + text.get("evaluation.aspect." + letter + ".quote")), List.of());
    }

    static String fileName(Evaluation evaluation) {
        return "evaluasi-" + (evaluation.isInstitution() ? "instansi" : evaluation.unitCode()) + "-"
                + evaluation.periodFrom() + "-" + evaluation.periodTo();
    }

    /** The regency or city of a regional government's name ("Pemerintah Kabupaten Sukamaju"), else the name. */
    static String place(String institution) {
        if (institution.startsWith(PREFIX)) {
            String rest = institution.substring(PREFIX.length());
            for (String region : REGIONS) {
                if (rest.startsWith(region) && rest.length() > region.length()) {
                    return rest.substring(region.length());
                }
            }
        }
        return institution;
    }

    private static List<List<Object>> summaryRows(EvaluationFigures f, Text text) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text.get("evaluation.summary.employees"), f.employees(), ""));
        rows.add(List.of(text.get("evaluation.summary.participants"), f.participants(), f.participantsPercent()));
        for (TypeUsage usage : f.usage()) {
            rows.add(List.of(text.get("evaluation.summary.type." + usage.type()),
                    usage.employees(), usage.percent()));
        }
        return rows;
    }

    private static List<Object> row(EmployeeLocationDays d) {
        return List.of(d.nip(), d.name(), d.unitCode(), d.kantorLain(), d.rumah(), d.lokasiLain(), d.total());
    }

    private static List<Object> row(DayLocationDays d) {
        return List.of(d.date().toString(), d.kantorLain(), d.rumah(), d.lokasiLain(), d.total());
    }

    private static List<Object> row(RuleCount r) {
        return List.of(r.rule(), r.article(), r.occurrences(), r.plans());
    }

    private static List<Object> row(CoverageBreach b) {
        return List.of(b.date().toString(), b.unitCode(), b.staff(), b.inOffice(), b.inOfficePercent(),
                b.minimumPercent());
    }

    /** Aspect c: the discrepancies between plan and attendance of the period's weeks, per rule and group. */
    private static Section discrepancies(AttendanceDiscrepancies d, Text text) {
        String title = text.get("evaluation.section.attendanceDiscrepancies");
        if (d == null) {
            return new Section(title, List.of(text.get("evaluation.discrepancies.explain"),
                    text.get("evaluation.outputs.notCounted")), List.of());
        }
        List<String> notes = new ArrayList<>(List.of(text.get("evaluation.discrepancies.explain"),
                text.get("evaluation.discrepancies.weeks", d.weeks(), text.date(d.firstWeek()),
                        text.date(d.lastWeek().plusDays(6)))));
        if (d.countedUpToWib() != null) {
            notes.add(text.get("evaluation.discrepancies.countedUpTo",
                    DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", text.locale()).format(d.countedUpToWib())));
        }
        if (!d.notCounted().isEmpty()) {
            notes.add(text.get("evaluation.discrepancies.notCounted", d.notCounted().size(),
                    String.join(", ", d.notCounted().stream().map(LocalDate::toString).toList())));
        }
        List<List<Object>> rows = new ArrayList<>();
        d.rules().forEach(r -> rows.add(List.of(r.rule(), text.get("eligibility.rule." + r.rule()), r.article(),
                r.participants().findings(), r.participants().withFindings(), r.nonParticipants().findings(),
                r.nonParticipants().withFindings())));
        rows.add(List.of("", text.get("evaluation.discrepancies.anyRule"), "", d.participants().findings(),
                text.get("evaluation.discrepancies.share", d.participants().withFindings(),
                        d.participants().employees(), d.participants().percent()),
                d.nonParticipants().findings(), text.get("evaluation.discrepancies.share",
                        d.nonParticipants().withFindings(), d.nonParticipants().employees(),
                        d.nonParticipants().percent())));
        return new Section(title, notes, List.of(new Table(null, text.list("evaluation.col.rule",
                "evaluation.col.description", "evaluation.col.article",
                "evaluation.discrepancies.col.participantFindings", "evaluation.discrepancies.col.participantEmployees",
                "evaluation.discrepancies.col.otherFindings", "evaluation.discrepancies.col.otherEmployees"), rows)));
    }

    private static List<Object> row(String label, Discipline.Group g) {
        return List.of(label, g.employees(), g.withCases(), g.cases(), g.percent());
    }

    private static List<Object> row(String label, Achievements.Group g) {
        return List.of(label, g.employees(), g.withAchievement(),
                g.averageScore() == null ? "" : g.averageScore());
    }

    private static List<Object> predicateRow(PredicateCount p, Text text) {
        return List.of(p.predikat() == null ? text.get("evaluation.predicate.none")
                : text.get("predikat." + p.predikat()), p.participants(), p.nonParticipants());
    }

    private static List<Object> row(IndicatorValue i, Text text) {
        return List.of(i.unitCode(), i.name(), text.get("evaluation.period", text.date(i.periodFrom()),
                text.date(i.periodTo())), i.value().toPlainString(), i.measure(), plain(i.target())
                        + (i.target() == null || i.lowerIsBetter() == null ? "" : " (" + text.get(
                        "evaluation.indicator.better.short." + (i.lowerIsBetter() ? "LOWER" : "HIGHER")) + ")"),
                plain(i.baseline()), text.get(i.targetMet() == null ? "evaluation.indicator.met.none"
                        : i.targetMet() ? "evaluation.indicator.met.yes" : "evaluation.indicator.met.no"),
                i.previousValue() == null ? "" : i.previousValue().toPlainString() + " (" + text.get(
                        "evaluation.period", text.date(i.previousFrom()), text.date(i.previousTo())) + ")");
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static List<Object> row(UnitFigures u) {
        return List.of(u.unitCode(), u.staff(), u.participants(), u.lokasi(), u.dinamis(), u.sif(), u.approved(),
                u.rejected(), u.waiting(), u.coverageBreaches());
    }

    private static List<Object> row(UnitEvaluationSummary u, Text text) {
        return List.of(u.unitCode(), text.get("evaluation.period", text.date(u.periodFrom()), text.date(u.periodTo())),
                u.recommendation() == null ? "" : text.get("evaluation.recommendation." + u.recommendation())
                        + (u.tasks().isEmpty() ? "" : " (" + String.join(", ", u.tasks()) + ")"),
                u.finalizedOn() == null ? "" : u.finalizedOn().toString(), u.signerName() == null ? ""
                        : u.signerName(), u.employees(), u.participants(), u.approved(), u.rejected(),
                u.coverageBreaches());
    }

    private static List<Object> row(EvaluationDrafts.OpenedDraft d, Text text) {
        String draft = d.taskCode() == null ? text.get("evaluation.drafts.kind." + d.kind())
                : text.get("evaluation.drafts.kind." + d.kind() + ".task", d.taskCode());
        String status = text.get("evaluation.drafts.status." + d.status());
        if (d.appliedEffectiveFrom() != null) {
            status += " – " + text.get("evaluation.drafts.appliedFrom", text.date(d.appliedEffectiveFrom()));
        }
        if (d.dismissalReason() != null) {
            status += " – " + text.get("evaluation.drafts.dismissed", d.decidedBy(), d.dismissalReason());
        }
        return List.of(draft, d.text(), status);
    }

    /** Messages in one language. */
    private record Text(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        List<String> list(String... keys) {
            return java.util.Arrays.stream(keys).map(key -> get(key)).toList();
        }

        String date(LocalDate day) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
        }
    }
}
