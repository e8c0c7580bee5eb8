package id.fleksi.evaluation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import java.util.List;
import java.util.Locale;

/**
 * Service indicators in the browser: the list, a form for one indicator, a CSV import (all rows or none) and the
 * removal of one after a confirmation step.
 */
@PageController
class ServiceIndicatorPages {

    static final String VIEW = "evaluation/indicators";
    static final String VIEW_REMOVE = "evaluation/indicator-remove";
    static final String FORM = "indicatorForm";

    private final ServiceIndicators indicators;
    private final MessageSource messages;

    ServiceIndicatorPages(ServiceIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @InitBinder(FORM)
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("unitCode", "periodFrom", "periodTo", "name", "value", "measure", "target",
                "baseline", "better");
    }

    @GetMapping("/evaluasi/indikator")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute(FORM, new IndicatorForm());
        return page(actor, page, model);
    }

    @PostMapping("/evaluasi/indikator")
    String add(@AuthenticationPrincipal Actor actor, @ModelAttribute(FORM) IndicatorForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        List<ImportReport.Problem> problems = indicators.record(actor, new ServiceIndicators.Input(form.getUnitCode(),
                form.getPeriodFrom(), form.getPeriodTo(), form.getName(), form.getValue(), form.getMeasure(), form.getTarget(),
                form.getBaseline(), form.getBetter()));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("successKey", "evaluation.indicator.recorded");
            return "redirect:/evaluasi/indikator";
        }
        problems.forEach(p -> errors.rejectValue(p.column(), p.messageKey(), p.args().toArray(), null));
        return page(actor, 0, model);
    }

    @GetMapping("/evaluasi/indikator/impor/templat")
    void importTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-indikator-layanan", java.util.stream.Stream.concat(
                ServiceIndicators.COLUMNS.stream(), ServiceIndicators.OPTIONAL_COLUMNS.stream()).toList(), locale);
    }

    @PostMapping("/evaluasi/indikator/impor")
    String importCsv(@AuthenticationPrincipal Actor actor,
                     @RequestParam(name = "berkas", required = false) MultipartFile file, Model model, Locale locale,
                     RedirectAttributes redirect) throws IOException {
        ImportReport report = file == null || file.isEmpty()
                ? ImportReport.refused(0, List.of(ImportReport.Problem.of(0, "", "evaluation.indicator.noFile")))
                : indicators.importCsv(actor, file.getInputStream());
        if (report.imported()) {
            redirect.addFlashAttribute("successKey", "evaluation.indicator.imported");
            return "redirect:/evaluasi/indikator";
        }
        model.addAttribute(FORM, new IndicatorForm());
        model.addAttribute("report", report.problems().stream().map(p -> new ProblemLine(p.line(), p.column(),
                messages.getMessage(p.messageKey(), p.args().toArray(), locale))).toList());
        return page(actor, 0, model);
    }

    @GetMapping("/evaluasi/indikator/{id}/hapus")
    String confirmRemoval(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("indicator", indicators.find(actor, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return VIEW_REMOVE;
    }

    @PostMapping("/evaluasi/indikator/{id}/hapus")
    String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        if (!indicators.remove(actor, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("successKey", "evaluation.indicator.removed");
        return "redirect:/evaluasi/indikator";
    }

    private String page(Actor actor, Integer page, Model model) {
        model.addAttribute("indicators", indicators.list(actor, Paged.page(page), Paged.DEFAULT_SIZE));
        model.addAttribute("units", indicators.units(actor));
        model.addAttribute("columns", String.join(",", ServiceIndicators.COLUMNS));
        model.addAttribute("optionalColumns", String.join(",", ServiceIndicators.OPTIONAL_COLUMNS));
        return VIEW;
    }

    /** A line of an import's report, its message in the reader's language. */
    record ProblemLine(int line, String column, String message) {
    }

    /** One indicator as typed: dates and the value are checked by the service, as for a CSV line. */
    public static class IndicatorForm {

        private String unitCode;
        private String periodFrom;
        private String periodTo;
        private String name;
        private String value;
        private String measure;
        private String target;
        private String baseline;
        private String better = ServiceIndicators.HIGHER;

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getBetter() {
            return better;
        }

        public void setBetter(String better) {
            this.better = better;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public String getPeriodFrom() {
            return periodFrom;
        }

        public void setPeriodFrom(String periodFrom) {
            this.periodFrom = periodFrom;
        }

        public String getPeriodTo() {
            return periodTo;
        }

        public void setPeriodTo(String periodTo) {
            this.periodTo = periodTo;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }
    }
}
