package id.fleksi.organisation;

import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvDialect;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The employee pages: the searchable list, an employee's page, HR's forms to add and edit, the confirmation
 * before deactivating, and the CSV import with its per-row report.
 */
@PageController
class EmployeePages {

    static final String VIEW_LIST = "organisation/employees";
    static final String VIEW_NEW = "organisation/employee-new";
    static final String VIEW_EMPLOYEE = "organisation/employee";
    static final String VIEW_EDIT = "organisation/employee-edit";
    static final String VIEW_DEACTIVATE = "organisation/employee-deactivate";
    static final String VIEW_IMPORT = "organisation/import";

    private final EmployeeAdministration employees;
    private final EmployeeImport imports;
    private final MessageSource messages;

    EmployeePages(EmployeeAdministration employees, EmployeeImport imports, MessageSource messages) {
        this.employees = employees;
        this.imports = imports;
        this.messages = messages;
    }

    @InitBinder("employeeForm")
    void newFields(WebDataBinder binder) {
        binder.setAllowedFields("nip", "name", "type", "unitCode", "position", "positionSince", "domicile",
                "password");
    }

    @InitBinder("editForm")
    void editFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "type", "unitCode", "position", "positionSince", "domicile", "version");
    }

    @GetMapping("/pegawai")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String unitCode, @RequestParam(required = false) String type,
                @RequestParam(required = false) String active, @RequestParam(required = false) Integer page,
                Model model) {
        EmployeeType employeeType = type == null ? null : EmployeeChecks.type(type).orElse(null);
        Boolean activeOnly = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
        UnitFilter unit = employees.unitFilter(actor, unitCode);
        Paged<EmployeeSummary> found = unit.unknown() ? new Paged<>(List.of(), Paged.page(page), Paged.DEFAULT_SIZE, 0)
                : employees.search(actor, new EmployeeAdministration.EmployeeQuery(q, unit.code(), employeeType,
                        activeOnly), Paged.page(page), Paged.DEFAULT_SIZE);
        model.addAttribute("employees", found);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unitCode", unit.selected());
        model.addAttribute("unitUnknown", unit.unknown());
        model.addAttribute("type", employeeType == null ? "" : employeeType.name());
        model.addAttribute("active", activeOnly == null ? "" : activeOnly.toString());
        model.addAttribute("units", unit.units());
        model.addAttribute("types", EmployeeType.values());
        return VIEW_LIST;
    }

    @GetMapping("/pegawai/baru")
    String newEmployee(@AuthenticationPrincipal Actor actor, Model model) {
        return showNew(actor, new EmployeeForm(null, null, EmployeeType.PNS.name(), null, null, null, null, null),
                model);
    }

    @PostMapping("/pegawai")
    String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("employeeForm") EmployeeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            EmployeeDetails created = employees.create(actor, new EmployeeAdministration.NewEmployeeInput(
                    form.nip(), form.name(), form.type(), form.unitCode(), form.position(), form.positionSince(),
                    form.domicile(), form.password()));
            redirect.addFlashAttribute("successKey", "org.employee.created");
            return "redirect:/pegawai/" + created.nip();
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
            return showNew(actor, form, model);
        }
    }

    @GetMapping("/pegawai/{nip}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable String nip, Model model) {
        model.addAttribute("employee", find(actor, nip));
        model.addAttribute("newEmployeeRule", RuleCode.PEGAWAI_BARU);
        model.addAttribute("domicileRule", RuleCode.LOKASI_RUMAH_DOMISILI);
        return VIEW_EMPLOYEE;
    }

    @GetMapping("/pegawai/{nip}/ubah")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable String nip, Model model) {
        EmployeeDetails employee = find(actor, nip);
        return showEdit(actor, employee, new EditForm(employee.name(), employee.type().name(), employee.unitCode(),
                employee.position(), String.valueOf(employee.positionSince()), employee.domicile(),
                String.valueOf(employee.version())), model);
    }

    @PostMapping("/pegawai/{nip}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                  @ModelAttribute("editForm") EditForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            EmployeeDetails employee = employees.update(actor, nip, new EmployeeAdministration.EmployeeChange(
                    form.name(), form.type(), form.unitCode(), form.position(), form.positionSince(),
                    form.domicile(), Forms.version(form.version())));
            redirect.addFlashAttribute("successKey", "org.employee.updated");
            return "redirect:/pegawai/" + employee.nip();
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
        } catch (ObjectOptimisticLockingFailureException stale) {
            errors.reject("org.error.stale");
        }
        return showEdit(actor, find(actor, nip), form, model);
    }

    @GetMapping("/pegawai/{nip}/nonaktifkan")
    String confirmDeactivation(@AuthenticationPrincipal Actor actor, @PathVariable String nip, Model model) {
        model.addAttribute("employee", find(actor, nip));
        return VIEW_DEACTIVATE;
    }

    @PostMapping("/pegawai/{nip}/nonaktifkan")
    String deactivate(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                      RedirectAttributes redirect) {
        try {
            EmployeeDetails employee = employees.deactivate(actor, nip);
            redirect.addFlashAttribute("successKey", "org.employee.deactivated");
            return "redirect:/pegawai/" + employee.nip();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("errorFlashKey", refusal.problems().get(0).messageKey());
            return "redirect:/pegawai/" + find(actor, nip).nip();
        }
    }

    @PostMapping("/pegawai/{nip}/aktifkan")
    String activate(@AuthenticationPrincipal Actor actor, @PathVariable String nip, RedirectAttributes redirect) {
        EmployeeDetails employee = employees.activate(actor, nip);
        redirect.addFlashAttribute("successKey", "org.employee.activated");
        return "redirect:/pegawai/" + employee.nip();
    }

    @GetMapping("/pegawai/impor")
    String importForm(Model model, Locale locale) {
        model.addAttribute("sampleHeader", String.join(CsvDialect.of(locale).separator() + "",
                EmployeeImport.TEMPLATE_COLUMNS));
        return VIEW_IMPORT;
    }

    /** The import's header row as a CSV file, without the optional password column. */
    @GetMapping("/pegawai/impor/templat")
    void importTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-pegawai", EmployeeImport.TEMPLATE_COLUMNS, locale);
    }

    @PostMapping("/pegawai/impor")
    String importFile(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
                      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        model.addAttribute("sampleHeader", String.join(CsvDialect.of(locale).separator() + "",
                EmployeeImport.TEMPLATE_COLUMNS));
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileErrorKey", "org.import.error.noFile");
            return VIEW_IMPORT;
        }
        EmployeeImport.Result result = imports.importCsv(actor, file.getInputStream());
        ImportReport report = result.report();
        if (report.imported() && !result.initialPasswords().isEmpty()) {
            // shown in this answer only: never kept in the session, never in the browser's cache
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("importedRows", report.rows());
            model.addAttribute("initialPasswords", result.initialPasswords());
            return VIEW_IMPORT;
        }
        if (report.imported()) {
            redirect.addFlashAttribute("successKey", "org.import.done");
            redirect.addFlashAttribute("importedRows", report.rows());
            return "redirect:/pegawai/impor";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("report", report);
        model.addAttribute("problems", ReportLines.of(report, messages, locale));
        return VIEW_IMPORT;
    }

    private EmployeeDetails find(Actor actor, String nip) {
        return employees.employee(actor, nip).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showNew(Actor actor, EmployeeForm form, Model model) {
        model.addAttribute("employeeForm", form);
        model.addAttribute("units", employees.unitChoices(actor));
        model.addAttribute("types", EmployeeType.values());
        return VIEW_NEW;
    }

    private String showEdit(Actor actor, EmployeeDetails employee, EditForm form, Model model) {
        model.addAttribute("employee", employee);
        model.addAttribute("editForm", form);
        model.addAttribute("units", employees.unitChoices(actor));
        model.addAttribute("types", EmployeeType.values());
        return VIEW_EDIT;
    }

    /** HR's form for a new employee; the page never sends the password back to the browser. */
    record EmployeeForm(String nip, String name, String type, String unitCode, String position,
                        String positionSince, String domicile, String password) {

        @Override
        public String toString() {
            return "EmployeeForm[" + nip + ", " + name + "]";
        }
    }

    record EditForm(String name, String type, String unitCode, String position, String positionSince,
                    String domicile, String version) {
    }
}
