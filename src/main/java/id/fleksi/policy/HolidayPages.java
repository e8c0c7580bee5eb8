package id.fleksi.policy;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The holiday calendar in the browser, for the PPK and HR: a year's list, adding one holiday, removing one
 * after a confirmation step, and replacing a year's list from a CSV file (all rows or none).
 */
@PageController
class HolidayPages {

    static final String VIEW = "policy/holidays";
    static final String VIEW_REMOVE = "policy/holiday-remove";
    static final String FORM = "holidayForm";

    private final Holidays holidays;
    private final MessageSource messages;
    private final Clock clock;

    HolidayPages(Holidays holidays, MessageSource messages, Clock clock) {
        this.holidays = holidays;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder(FORM)
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "name", "kind", "basis");
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("holiday.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping("/hari-libur")
    String index(@RequestParam(name = "tahun", required = false) Integer tahun, Model model) {
        model.addAttribute(FORM, new HolidayForm());
        return page(year(tahun), model);
    }

    @PostMapping("/hari-libur")
    String add(@AuthenticationPrincipal Actor actor, @ModelAttribute(FORM) HolidayForm form, BindingResult binding,
               @RequestParam(name = "tahun", required = false) Integer tahun, Model model, Locale locale,
               RedirectAttributes redirect) {
        int year = form.getDate() != null && !binding.hasFieldErrors("date") ? form.getDate().getYear() : year(tahun);
        if (!binding.hasErrors()) {
            try {
                Holiday added = holidays.add(actor, form.toHoliday());
                redirect.addFlashAttribute("successKey", "holiday.added");
                return "redirect:/hari-libur?tahun=" + added.date().getYear();
            } catch (HolidaysRefused refused) {
                refused.problems().forEach(p -> binding.addError(new FieldError(FORM, p.field(),
                        binding.getRawFieldValue(p.field()), false, null, null, p.message(messages, locale))));
            }
        }
        return page(Math.max(Holidays.FIRST_YEAR, Math.min(Holidays.LAST_YEAR, year)), model);
    }

    @GetMapping("/hari-libur/{date}/hapus")
    String confirmRemoval(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          Model model) {
        model.addAttribute("holiday", holidays.on(date).orElseThrow(HolidayPages::notFound));
        return VIEW_REMOVE;
    }

    @PostMapping("/hari-libur/{date}/hapus")
    String remove(@AuthenticationPrincipal Actor actor,
                  @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  RedirectAttributes redirect) {
        if (!holidays.remove(actor, date)) {
            throw notFound();
        }
        redirect.addFlashAttribute("successKey", "holiday.removed");
        return "redirect:/hari-libur?tahun=" + date.getYear();
    }

    @GetMapping("/hari-libur/impor/templat")
    void importTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-hari-libur", Holidays.CSV_TEMPLATE_COLUMNS, locale);
    }

    @PostMapping("/hari-libur/impor")
    String importCsv(@AuthenticationPrincipal Actor actor,
                     @RequestParam(name = "tahun", required = false) Integer tahun,
                     @RequestParam(name = "berkas", required = false) MultipartFile file, Model model,
                     Locale locale, RedirectAttributes redirect) {
        int year = year(tahun);
        ImportReport report;
        if (file == null || file.isEmpty()) {
            report = ImportReport.refused(0, List.of(ImportReport.Problem.of(0, "", "holiday.import.noFile")));
        } else {
            report = holidays.importYear(actor, year, bytes(file));
        }
        if (report.imported()) {
            redirect.addFlashAttribute("successKey", "holiday.imported");
            return "redirect:/hari-libur?tahun=" + year;
        }
        model.addAttribute(FORM, new HolidayForm());
        model.addAttribute("report", report.problems().stream().map(p -> new ReportLine(p.line(), p.column(),
                messages.getMessage(p.messageKey(), p.args().toArray(), locale))).toList());
        return page(year, model);
    }

    private String page(int year, Model model) {
        List<Holiday> list = holidays.ofYear(year);
        model.addAttribute("year", year);
        model.addAttribute("holidays", list);
        model.addAttribute("decreed", list.stream().anyMatch(holiday -> holiday.basis() != null));
        // a year's list usually rests on one decree: said once above the list, beside a day only when it differs
        List<String> bases = list.stream().map(Holiday::basis).distinct().toList();
        model.addAttribute("commonBasis", bases.size() == 1 ? bases.get(0) : null);
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("previousYear", year > Holidays.FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < Holidays.LAST_YEAR ? year + 1 : null);
        return VIEW;
    }

    /** The year asked for, this year (in Asia/Jakarta) when none; a year the calendar does not keep is a 400. */
    private int year(Integer tahun) {
        int year = tahun == null ? InstitutionTime.today(clock).getYear() : tahun;
        if (year < Holidays.FIRST_YEAR || year > Holidays.LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return year;
    }

    private static InputStream bytes(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A line of the import report, its message already in the reader's language. */
    record ReportLine(int line, String column, String message) {
    }
}
