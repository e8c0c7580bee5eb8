package id.fleksi.rosters;

import id.fleksi.rosters.RosterUnits.RosterUnit;
import id.fleksi.rosters.ShiftRotations.Rotation;
import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The shift roster pages (Pasal 19): the units a head may roster, each unit's templates, its rotation, and a
 * month's grid with its gaps and weekly hours, generated and published by the head; the PPK reads them.
 */
@PageController
class RosterPages {

    static final String VIEW_UNITS = "rosters/units";
    static final String VIEW_UNIT = "rosters/unit";
    static final String VIEW_TEMPLATE = "rosters/template";
    static final String VIEW_TEMPLATE_DELETE = "rosters/template-delete";
    static final String VIEW_ROTATION = "rosters/rotation";
    static final String VIEW_SCHEDULE = "rosters/schedule";
    static final String VIEW_GENERATE = "rosters/generate-confirm";
    static final String VIEW_PUBLISH = "rosters/publish-confirm";
    static final String VIEW_CELL = "rosters/cell";

    private static final String TEMPLATE_FORM = "templateForm";
    private static final String ROTATION_FORM = "rotationForm";
    private static final String PATTERN_FORM = "patternForm";
    private static final String MEMBERS_FORM = "membersForm";

    private final RosterUnits units;
    private final ShiftTemplates templates;
    private final ShiftRotations rotations;
    private final ShiftSchedule schedule;
    private final RosterProblems problems;
    private final Clock clock;

    RosterPages(RosterUnits units, ShiftTemplates templates, ShiftRotations rotations, ShiftSchedule schedule,
                RosterProblems problems, Clock clock) {
        this.units = units;
        this.templates = templates;
        this.rotations = rotations;
        this.schedule = schedule;
        this.problems = problems;
        this.clock = clock;
    }

    @InitBinder(TEMPLATE_FORM)
    void templateFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "name", "start", "end", "breakMinutes", "minStaff", "version");
        binder.setMessageCodesResolver(new RosterCodes());
    }

    @InitBinder(ROTATION_FORM)
    void rotationFields(WebDataBinder binder) {
        binder.setAllowedFields("startsOn", "cells[*]", "version");
        binder.setMessageCodesResolver(new RosterCodes());
    }

    @InitBinder(PATTERN_FORM)
    void patternFields(WebDataBinder binder) {
        binder.setAllowedFields("startsOn", "pattern", "weeks", "version");
        binder.setMessageCodesResolver(new RosterCodes());
    }

    @InitBinder(MEMBERS_FORM)
    void memberFields(WebDataBinder binder) {
        binder.setAllowedFields("offsets[*]");
    }

    @GetMapping("/sif")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("listings", units.listFor(actor, today()));
        return VIEW_UNITS;
    }

    // --- templates

    @GetMapping("/sif/{unitCode}")
    String unit(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode, Model model) {
        RosterUnit unit = units.readable(actor, unitCode);
        model.addAttribute(TEMPLATE_FORM, new TemplateForm());
        return showUnit(unit, model);
    }

    @PostMapping("/sif/{unitCode}/templat")
    String createTemplate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                          @ModelAttribute(TEMPLATE_FORM) TemplateForm form, BindingResult errors, Model model,
                          Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        if (errors.hasErrors()) {
            // the fields that did convert are checked too, so that every problem shows at once
            reject(errors, new RosterRefused(ShiftTemplates.problems(form.toInput(),
                    ShiftTemplates.code(form.getCode()), true)), locale);
            return showUnit(unit, model);
        }
        try {
            templates.create(actor, unit, form.toInput());
            redirect.addFlashAttribute("successKey", "roster.template.created");
            return "redirect:/sif/" + unit.code();
        } catch (RosterRefused refused) {
            rejectFields(errors, refused);
            model.addAttribute("problems", problems.ruleLines(refused, locale));
        }
        return showUnit(unit, model);
    }

    @GetMapping("/sif/{unitCode}/templat/{code}")
    String editTemplate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                        @PathVariable String code, Model model) {
        RosterUnit unit = units.editable(actor, unitCode);
        ShiftTemplate template = templates.find(unit.id(), code).orElseThrow(RosterNotFound::template);
        model.addAttribute(TEMPLATE_FORM, TemplateForm.of(template));
        return showTemplate(unit, template, model);
    }

    @PostMapping("/sif/{unitCode}/templat/{code}")
    String updateTemplate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                          @PathVariable String code, @ModelAttribute(TEMPLATE_FORM) TemplateForm form,
                          BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        ShiftTemplate template = templates.find(unit.id(), code).orElseThrow(RosterNotFound::template);
        form.setCode(template.code());
        if (errors.hasErrors()) {
            reject(errors, new RosterRefused(ShiftTemplates.problems(form.toInput(), template.code(), false)),
                    locale);
        } else {
            try {
                templates.update(actor, unit, template.code(), form.toInput());
                redirect.addFlashAttribute("successKey", "roster.template.updated");
                return "redirect:/sif/" + unit.code();
            } catch (RosterRefused refused) {
                reject(errors, refused, locale);
            } catch (RosterConflict conflict) {
                errors.reject("roster.error.conflict");
            }
        }
        return showTemplate(unit, template, model);
    }

    @GetMapping("/sif/{unitCode}/templat/{code}/hapus")
    String confirmDeleteTemplate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                                 @PathVariable String code, Model model) {
        RosterUnit unit = units.editable(actor, unitCode);
        model.addAttribute("unit", unit);
        model.addAttribute("template", templates.find(unit.id(), code).orElseThrow(RosterNotFound::template));
        return VIEW_TEMPLATE_DELETE;
    }

    @PostMapping("/sif/{unitCode}/templat/{code}/hapus")
    String deleteTemplate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                          @PathVariable String code, Model model, Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        ShiftTemplate template = templates.find(unit.id(), code).orElseThrow(RosterNotFound::template);
        try {
            templates.delete(actor, unit, template.code());
            redirect.addFlashAttribute("successKey", "roster.template.deleted");
            return "redirect:/sif/" + unit.code();
        } catch (RosterRefused refused) {
            model.addAttribute("unit", unit);
            model.addAttribute("template", template);
            model.addAttribute("problems", problems.lines(refused, locale));
            return VIEW_TEMPLATE_DELETE;
        }
    }

    // --- rotation

    @GetMapping("/sif/{unitCode}/rotasi")
    String rotation(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                    @RequestParam(name = "minggu", required = false) Integer weeks, Model model) {
        RosterUnit unit = units.readable(actor, unitCode);
        Rotation rotation = rotations.of(unit).orElse(null);
        RotationForm form = new RotationForm();
        form.setStartsOn(rotation == null ? today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : rotation.startsOn());
        form.setVersion(rotation == null ? null : rotation.version());
        List<String> cells = new ArrayList<>(rotation == null ? List.of() : rotation.cells());
        int wanted = weeks == null ? Math.max(1, cells.size() / 7)
                : Math.max(1, Math.min(RotationCycle.MAX_WEEKS, weeks));
        while (cells.size() < wanted * 7) {
            cells.add(RotationCycle.OFF);
        }
        form.setCells(new ArrayList<>(cells.subList(0, wanted * 7)));
        model.addAttribute(ROTATION_FORM, form);
        return showRotation(unit, model);
    }

    @PostMapping("/sif/{unitCode}/rotasi")
    String saveRotation(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                        @ModelAttribute(ROTATION_FORM) RotationForm form, BindingResult errors, Model model,
                        Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        return changeRotation(unit, errors, model, locale, redirect,
                () -> rotations.save(actor, unit, form.getStartsOn(), form.getCells(), form.getVersion()));
    }

    @PostMapping("/sif/{unitCode}/rotasi/pola")
    String fillRotation(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                        @ModelAttribute(PATTERN_FORM) PatternForm form, BindingResult errors, Model model,
                        Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        return changeRotation(unit, errors, model, locale, redirect,
                () -> rotations.fill(actor, unit, form.getStartsOn(), form.getPattern(), form.getWeeks(),
                        form.getVersion()));
    }

    /** Saves a change of the rotation, or shows the rotation again with what refused it. */
    private String changeRotation(RosterUnit unit, BindingResult errors, Model model, Locale locale,
                                  RedirectAttributes redirect, Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("successKey", "roster.rotation.saved");
                return "redirect:/sif/" + unit.code() + "/rotasi";
            } catch (RosterRefused refused) {
                rejectFields(errors, refused);
                model.addAttribute("problems", problems.ruleLines(refused, locale));
            } catch (RosterConflict conflict) {
                errors.reject("roster.error.conflict");
            }
        }
        return showRotation(unit, model);
    }

    @PostMapping("/sif/{unitCode}/rotasi/anggota")
    String saveMembers(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                       @ModelAttribute(MEMBERS_FORM) MembersForm form, BindingResult errors, Model model,
                       Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        try {
            rotations.saveMembers(actor, unit, form.getOffsets());
            redirect.addFlashAttribute("successKey", "roster.rotation.membersSaved");
            return "redirect:/sif/" + unit.code() + "/rotasi";
        } catch (RosterRefused refused) {
            rejectFields(errors, refused);
            model.addAttribute("problems", problems.ruleLines(refused, locale));
        }
        return showRotation(unit, model);
    }

    // --- the month

    @GetMapping("/sif/{unitCode}/jadwal")
    String month(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                 @RequestParam(name = "bulan", required = false) String month, Model model) {
        RosterUnit unit = units.readable(actor, unitCode);
        return showSchedule(unit, month(month), model, List.of());
    }

    @PostMapping("/sif/{unitCode}/jadwal")
    String generate(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                    @RequestParam(name = "bulan", required = false) String month,
                    @RequestParam(name = "konfirmasi", defaultValue = "false") boolean confirmed, Model model,
                    Locale locale, RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        YearMonth period = month(month);
        int drafts = schedule.drafts(unit, period);
        if (drafts > 0 && !confirmed) {
            model.addAttribute("unit", unit);
            model.addAttribute("month", period);
            model.addAttribute("drafts", drafts);
            return VIEW_GENERATE;
        }
        try {
            ShiftSchedule.Generated generated = schedule.generate(actor, unit, period);
            redirect.addFlashAttribute("successKey", "roster.schedule.generated");
            redirect.addFlashAttribute("generatedDrafts", generated.drafts());
            redirect.addFlashAttribute("replacedDrafts", generated.replaced());
            redirect.addFlashAttribute("skipped", generated.skipped().stream()
                    .map(s -> s.name() + " (" + s.nip() + "): " + RosterProblems.rules(s.violations(), locale))
                    .toList());
            return "redirect:/sif/" + unit.code() + "/jadwal?bulan=" + period;
        } catch (RosterRefused refused) {
            return showSchedule(unit, period, model, problems.lines(refused, locale));
        }
    }

    @GetMapping("/sif/{unitCode}/jadwal/terbitkan")
    String confirmPublish(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                          @RequestParam(name = "bulan", required = false) String month, Model model) {
        RosterUnit unit = units.editable(actor, unitCode);
        YearMonth period = month(month);
        model.addAttribute("unit", unit);
        model.addAttribute("month", period);
        model.addAttribute("grid", schedule.grid(unit, period));
        return VIEW_PUBLISH;
    }

    @PostMapping("/sif/{unitCode}/jadwal/terbitkan")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                   @RequestParam(name = "bulan", required = false) String month, Model model, Locale locale,
                   RedirectAttributes redirect) {
        RosterUnit unit = units.editable(actor, unitCode);
        YearMonth period = month(month);
        try {
            int published = schedule.publish(actor, unit, period);
            redirect.addFlashAttribute("successKey", "roster.schedule.published");
            redirect.addFlashAttribute("publishedShifts", published);
            return "redirect:/sif/" + unit.code() + "/jadwal?bulan=" + period;
        } catch (RosterRefused refused) {
            return showSchedule(unit, period, model, problems.lines(refused, locale));
        }
    }

    // --- one cell of the month

    @GetMapping("/sif/{unitCode}/jadwal/sel")
    String cell(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                @RequestParam(required = false) String nip, @RequestParam(name = "tanggal", required = false) String date,
                Model model) {
        RosterUnit unit = units.editable(actor, unitCode);
        return showCell(unit, nip, day(date), model, List.of());
    }

    @PostMapping("/sif/{unitCode}/jadwal/sel")
    String setCell(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                   @RequestParam(required = false) String nip, @RequestParam(name = "tanggal", required = false) String date,
                   @RequestParam(name = "kode", required = false) String code, Model model, Locale locale,
                   RedirectAttributes redirect) {
        String shift = code == null || code.isBlank() ? RotationCycle.OFF : code.strip();
        return changeCell(actor, unitCode, nip, date, "roster.cell.saved", model, locale, redirect,
                (unit, day) -> schedule.setCell(actor, unit, nip, day, shift));
    }

    @PostMapping("/sif/{unitCode}/jadwal/tukar")
    String swap(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
                @RequestParam(required = false) String nip, @RequestParam(name = "tanggal", required = false) String date,
                @RequestParam(name = "dengan", required = false) String other, Model model, Locale locale,
                RedirectAttributes redirect) {
        String colleague = other == null ? "" : other.strip();
        return changeCell(actor, unitCode, nip, date, "roster.cell.swapped", model, locale, redirect,
                (unit, day) -> schedule.swap(actor, unit, nip, colleague, day));
    }

    /**
     * Changes one draft cell of the month: back to the month with {@code successKey}, or the cell's page again
     * naming why it was refused.
     */
    private String changeCell(Actor actor, String unitCode, String nip, String date, String successKey, Model model,
                              Locale locale, RedirectAttributes redirect, BiConsumer<RosterUnit, LocalDate> change) {
        RosterUnit unit = units.editable(actor, unitCode);
        LocalDate day = day(date);
        try {
            change.accept(unit, day);
            redirect.addFlashAttribute("successKey", successKey);
            return "redirect:/sif/" + unit.code() + "/jadwal?bulan=" + YearMonth.from(day);
        } catch (RosterRefused refused) {
            return showCell(unit, nip, day, model, problems.lines(refused, locale));
        }
    }

    private String showCell(RosterUnit unit, String nip, LocalDate day, Model model, List<?> refusals) {
        ShiftSchedule.Cell cell = schedule.cell(unit, nip, day);
        List<ShiftRotations.Member> members = rotations.members(unit).stream().filter(m -> m.offset() != null)
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("day", day);
        model.addAttribute("member", members.stream().filter(m -> m.nip().equals(nip)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("cell", cell);
        model.addAttribute("templates", templates.of(unit.id()));
        model.addAttribute("others", members.stream().filter(m -> !m.nip().equals(nip))
                .map(m -> new Colleague(m, schedule.cell(unit, m.nip(), day))).toList());
        model.addAttribute("refusals", refusals);
        return VIEW_CELL;
    }

    /** Another employee of the rotation with their shift of the day, to swap with. */
    record Colleague(ShiftRotations.Member member, ShiftSchedule.Cell cell) {
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException notADay) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "roster.cell.error.day");
        }
    }

    // --- views

    private String showUnit(RosterUnit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("notDesignated", units.designation(unit, today()));
        model.addAttribute("templates", templates.of(unit.id()));
        model.addAttribute("rotation", rotations.of(unit).orElse(null));
        model.addAttribute("month", YearMonth.from(today()));
        return VIEW_UNIT;
    }

    private String showTemplate(RosterUnit unit, ShiftTemplate template, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("template", template);
        return VIEW_TEMPLATE;
    }

    private String showRotation(RosterUnit unit, Model model) {
        Rotation rotation = rotations.of(unit).orElse(null);
        if (!model.containsAttribute(ROTATION_FORM)) {
            RotationForm form = new RotationForm();
            form.setStartsOn(rotation == null ? today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : rotation.startsOn());
            form.setVersion(rotation == null ? null : rotation.version());
            form.setCells(new ArrayList<>(rotation == null ? List.of(RotationCycle.OFF, RotationCycle.OFF,
                    RotationCycle.OFF, RotationCycle.OFF, RotationCycle.OFF, RotationCycle.OFF, RotationCycle.OFF)
                    : rotation.cells()));
            model.addAttribute(ROTATION_FORM, form);
        }
        RotationForm shown = (RotationForm) model.getAttribute(ROTATION_FORM);
        // a form sent back short of whole weeks is shown padded with days off, up to at most the longest cycle
        List<String> cells = new ArrayList<>(shown.getCells() == null ? List.of() : shown.getCells());
        while (cells.isEmpty() || cells.size() % 7 != 0) {
            cells.add(RotationCycle.OFF);
        }
        shown.setCells(new ArrayList<>(cells.subList(0, Math.min(cells.size(), RotationCycle.MAX_WEEKS * 7))));
        if (!model.containsAttribute(PATTERN_FORM)) {
            PatternForm pattern = new PatternForm();
            pattern.setStartsOn(shown.getStartsOn());
            pattern.setWeeks(rotation == null ? 1 : rotation.weeks());
            pattern.setVersion(rotation == null ? null : rotation.version());
            model.addAttribute(PATTERN_FORM, pattern);
        }
        List<ShiftRotations.Member> members = rotations.members(unit);
        if (!model.containsAttribute(MEMBERS_FORM)) {
            MembersForm form = new MembersForm();
            // each member's place in the cycle shown as the date they work its first day
            members.forEach(m -> form.getOffsets().put(m.nip(), m.offset() == null || rotation == null ? ""
                    : ShiftRotations.startDate(rotation, m.offset()).toString()));
            model.addAttribute(MEMBERS_FORM, form);
        }
        model.addAttribute("unit", unit);
        model.addAttribute("notDesignated", units.designation(unit, today()));
        model.addAttribute("templates", templates.of(unit.id()));
        model.addAttribute("rotation", rotation);
        model.addAttribute("members", members);
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        return VIEW_ROTATION;
    }

    private String showSchedule(RosterUnit unit, YearMonth month, Model model, List<String> refusal) {
        model.addAttribute("unit", unit);
        model.addAttribute("month", month);
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        model.addAttribute("grid", schedule.grid(unit, month));
        model.addAttribute("notDesignated", units.designation(unit, month.atDay(1), month.atEndOfMonth()));
        model.addAttribute("hasRotation", rotations.of(unit).isPresent());
        model.addAttribute("problems", refusal);
        return VIEW_SCHEDULE;
    }

    private LocalDate today() {
        return InstitutionTime.today(clock);
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(today());
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "roster.error.month");
            }
            return month;
        } catch (DateTimeParseException notAMonth) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "roster.error.month");
        }
    }

    /** The problems of a refusal at their fields; the rules it names are shown above the forms instead. */
    private static void rejectFields(BindingResult errors, RosterRefused refused) {
        reject(errors, new RosterRefused(refused.problems().stream().filter(p -> p.violation() == null).toList()),
                null);
    }

    private static void reject(BindingResult errors, RosterRefused refused, Locale locale) {
        for (RosterRefused.Problem problem : refused.problems()) {
            if (problem.violation() != null) {
                Violation v = problem.violation();
                errors.reject("roster.error.rule", new Object[] {v.rule().name(), v.article().article(),
                        v.message().in(locale)}, null);
            } else if (problem.field() == null) {
                errors.reject(problem.key(), problem.args(), null);
            } else if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.key(), problem.args(), null);
            }
        }
    }

    /** Conversion errors ("abc" in a number field) are told with this bundle's roster.typeMismatch. */
    private static final class RosterCodes extends DefaultMessageCodesResolver {

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName) {
            return super.resolveMessageCodes(ours(errorCode), objectName);
        }

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            return super.resolveMessageCodes(ours(errorCode), objectName, field, fieldType);
        }

        private static String ours(String errorCode) {
            return "typeMismatch".equals(errorCode) ? "roster.typeMismatch" : errorCode;
        }
    }
}
