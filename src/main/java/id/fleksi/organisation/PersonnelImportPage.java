package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvDialect;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.UploadLimit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * HR's import of personnel records from SIASN-like CSV files: disciplinary sanctions, performance predicates and SKP
 * achievements, each with its template, and the result: rows read, stored, updated and unchanged, or every problem by line.
 */
@PageController
class PersonnelImportPage {

    static final String VIEW = "personnel/import";
    static final String PAGE = "/pegawai/impor-riwayat";
    static final String DISCIPLINE = PAGE + "/disiplin";
    static final String PERFORMANCE = PAGE + "/predikat";
    static final String ACHIEVEMENT = PAGE + "/capaian";
    /** The largest file taken: 250,000 predicates are about 8 MB. */
    static final DataSize MAX_FILE = DataSize.ofMegabytes(20);
    /** An example that names no employee: left in by mistake, it is refused at its line. */
    private static final String EXAMPLE_NIP = "199001012015031001";

    private final PersonnelImport imports;
    private final MessageSource messages;

    PersonnelImportPage(PersonnelImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Bean
    static UploadLimit disciplineImportUpload() {
        return new UploadLimit(DISCIPLINE, MAX_FILE);
    }

    @Bean
    static UploadLimit performanceImportUpload() {
        return new UploadLimit(PERFORMANCE, MAX_FILE);
    }

    @Bean
    static UploadLimit achievementImportUpload() {
        return new UploadLimit(ACHIEVEMENT, MAX_FILE);
    }

    /** A kind's part of the page: its form posts to {@code PAGE/slug}, its template is {@code templat-slug.csv}. */
    record ImportSection(String kind, String slug, List<String> columns) {
    }

    static final List<ImportSection> SECTIONS = List.of(
            new ImportSection(PersonnelImport.Kind.DISCIPLINE.name(), "disiplin",
                    PersonnelImport.Kind.DISCIPLINE.columns()),
            new ImportSection(PersonnelImport.Kind.PERFORMANCE.name(), "predikat",
                    PersonnelImport.Kind.PERFORMANCE.columns()),
            new ImportSection(PersonnelImport.Kind.ACHIEVEMENT.name(), "capaian",
                    PersonnelImport.Kind.ACHIEVEMENT.columns()));

    @GetMapping(PAGE)
    String page(Model model, Locale locale) {
        return show(model, locale);
    }

    @GetMapping(PAGE + "/templat-disiplin.csv")
    void disciplineTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-hukuman-disiplin", PersonnelImport.Kind.DISCIPLINE.columns(),
                List.of(List.of(EXAMPLE_NIP, "2026-01-05", "2026-12-31", "MENJALANI", "Hukuman disiplin sedang")),
                locale);
    }

    @GetMapping(PAGE + "/templat-predikat.csv")
    void performanceTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-predikat-kinerja", PersonnelImport.Kind.PERFORMANCE.columns(),
                List.of(List.of(EXAMPLE_NIP, "2025", "BAIK")), locale);
    }

    @GetMapping(PAGE + "/templat-capaian.csv")
    void achievementTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-capaian-skp", PersonnelImport.Kind.ACHIEVEMENT.columns(),
                List.of(List.of(EXAMPLE_NIP, "2026-01-01", "2026-06-30", "87,50", "BAIK")), locale);
    }

    @PostMapping(DISCIPLINE)
    String importDiscipline(@AuthenticationPrincipal Actor actor,
                            @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                            RedirectAttributes redirect) throws IOException {
        return importFile(actor, PersonnelImport.Kind.DISCIPLINE, file, model, locale, redirect);
    }

    @PostMapping(PERFORMANCE)
    String importPerformance(@AuthenticationPrincipal Actor actor,
                             @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                             RedirectAttributes redirect) throws IOException {
        return importFile(actor, PersonnelImport.Kind.PERFORMANCE, file, model, locale, redirect);
    }

    @PostMapping(ACHIEVEMENT)
    String importAchievement(@AuthenticationPrincipal Actor actor,
                             @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                             RedirectAttributes redirect) throws IOException {
        return importFile(actor, PersonnelImport.Kind.ACHIEVEMENT, file, model, locale, redirect);
    }

    private String importFile(Actor actor, PersonnelImport.Kind kind, MultipartFile file, Model model,
                              Locale locale, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileErrorKind", kind.name());
            return show(model, locale);
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        PersonnelImport.Result result;
        try (InputStream content = file.getInputStream()) {
            result = imports.importCsv(actor, kind, fileName, content);
        }
        if (result.imported()) {
            // plain values: the flash is kept in the session, which is stored in the database
            redirect.addFlashAttribute("importedKind", kind.name());
            redirect.addFlashAttribute("importedFile", fileName);
            redirect.addFlashAttribute("importedRows", result.rows());
            redirect.addFlashAttribute("importedStored", result.stored());
            redirect.addFlashAttribute("importedUpdated", result.updated());
            redirect.addFlashAttribute("importedUnchanged", result.unchanged());
            return "redirect:" + PAGE;
        }
        model.addAttribute("refused", result);
        model.addAttribute("refusedKind", kind.name());
        model.addAttribute("fileName", fileName);
        model.addAttribute("problems", ReportLines.of(result.problems(), messages, locale));
        return show(model, locale);
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("maxBytes", MAX_FILE.toBytes());
        model.addAttribute("maxMegabytes", MAX_FILE.toMegabytes());
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("separator", String.valueOf(CsvDialect.of(locale).separator()));
        return VIEW;
    }
}
