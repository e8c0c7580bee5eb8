package id.fleksi.attendance;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.csv.CsvDialect;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.UploadLimit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * HR's import of attendance from a CSV file: the form with the attendance system's name and the file, the
 * template to fill in, and the result: the rows read, stored or changed and unchanged, or every problem by line.
 */
@PageController
class AttendancePages {

    static final String VIEW_IMPORT = "attendance/import";
    static final String IMPORT = "/kehadiran/impor";
    /** The largest file the import takes: a ministry's day of 250,000 rows is about 15 MB. */
    static final DataSize MAX_FILE = DataSize.ofMegabytes(40);

    private final AttendanceImport imports;
    private final MessageSource messages;
    private final Clock clock;

    AttendancePages(AttendanceImport imports, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    /** The import's page takes files larger than the other uploads' 10 MB. */
    @Bean
    static UploadLimit attendanceImportUpload() {
        return new UploadLimit(IMPORT, MAX_FILE);
    }

    /** The form, every field as text. */
    record ImportForm(String source) {
    }

    /** A problem of a refused file in the reader's language: its line (1 is the header), column and message. */
    record ProblemLine(int line, String column, String message) {
    }

    @GetMapping(IMPORT)
    String importForm(@ModelAttribute("importForm") ImportForm form, Model model, Locale locale) {
        if (form.source() == null && model.getAttribute("importedSource") instanceof String source) {
            // the next file most likely comes from the same system
            model.addAttribute("importForm", new ImportForm(source));
        }
        return show(model, locale);
    }

    /** The columns of the import in the reader's spreadsheet convention, with one example row to replace. */
    @GetMapping(IMPORT + "/templat.csv")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        String yesterday = InstitutionTime.today(clock).minusDays(1).toString();
        CsvTemplate.write(response, "templat-impor-kehadiran", AttendanceImport.COLUMNS,
                List.of(List.of("199001012015031001", yesterday, "07:30", "16:00", "KANTOR", "DISKOMINFO")),
                locale);
    }

    @PostMapping(IMPORT)
    String importFile(@AuthenticationPrincipal Actor actor, @ModelAttribute("importForm") ImportForm form,
                      BindingResult binding, @RequestParam(required = false) MultipartFile file, Model model,
                      Locale locale, RedirectAttributes redirect) throws IOException {
        String source = form.source() == null ? "" : form.source().strip();
        if (!Attendance.isSource(source)) {
            binding.rejectValue("source", "attendance.import.error.source");
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileErrorKey", "attendance.import.error.noFile");
        }
        if (binding.hasErrors() || file == null || file.isEmpty()) {
            return show(model, locale);
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        AttendanceImport.Result result;
        try (InputStream content = file.getInputStream()) {
            result = imports.importCsv(actor, source, fileName, content);
        }
        if (result.imported()) {
            // plain values: the flash is kept in the session, which is stored in the database
            redirect.addFlashAttribute("importedFile", fileName);
            redirect.addFlashAttribute("importedSource", source);
            redirect.addFlashAttribute("importedRows", result.rows());
            redirect.addFlashAttribute("importedAccepted", result.accepted());
            redirect.addFlashAttribute("importedUnchanged", result.unchanged());
            return "redirect:" + IMPORT;
        }
        model.addAttribute("refused", result);
        model.addAttribute("fileName", fileName);
        model.addAttribute("problems", result.problems().stream()
                .map(p -> new ProblemLine(p.line(), p.column(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                .toList());
        return show(model, locale);
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("maxBytes", MAX_FILE.toBytes());
        model.addAttribute("maxMegabytes", MAX_FILE.toMegabytes());
        model.addAttribute("columns", AttendanceImport.COLUMNS);
        model.addAttribute("separator", String.valueOf(CsvDialect.of(locale).separator()));
        return VIEW_IMPORT;
    }
}
