package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.util.List;

/** The employees: HR keeps them; the PPK reads all, a unit head those in their scope, an employee their own. */
@ApiController("/api/employees")
class EmployeeApi extends OrganisationApiSupport {

    private final EmployeeAdministration employees;
    private final EmployeeImport imports;

    EmployeeApi(EmployeeAdministration employees, EmployeeImport imports, MessageSource messages) {
        super(messages);
        this.employees = employees;
        this.imports = imports;
    }

    /** Search by part of the name or a NIP prefix, filtered by unit, type and whether active; by name. */
    @GetMapping
    Paged<EmployeeSummary> search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String unitCode,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) Boolean active,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        EmployeeType employeeType = null;
        if (type != null && !type.isBlank()) {
            employeeType = EmployeeChecks.type(type)
                    .orElseThrow(() -> Refusal.invalid("type", "org.employee.error.type", type));
        }
        return employees.search(actor, new EmployeeAdministration.EmployeeQuery(q, unitCode, employeeType, active),
                Paged.page(page), Paged.size(size));
    }

    @GetMapping("/{nip}")
    EmployeeDetails one(@AuthenticationPrincipal Actor actor, @PathVariable String nip) {
        return employees.employee(actor, nip).orElseThrow(() -> NotFound.employee(nip));
    }

    /** Adds an employee; their login is the NIP with the given password, to be changed at first sign-in. */
    @PostMapping
    ResponseEntity<EmployeeDetails> create(@AuthenticationPrincipal Actor actor,
                                           @RequestBody EmployeeAdministration.NewEmployeeInput body) {
        EmployeeDetails created = employees.create(actor, body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{nip}")
                .buildAndExpand(created.nip()).toUri()).body(created);
    }

    /** Changes what HR keeps; send the version read to be warned (409) when someone else changed it first. */
    @PutMapping("/{nip}")
    EmployeeDetails update(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                           @RequestBody EmployeeAdministration.EmployeeChange body) {
        return employees.update(actor, nip, body);
    }

    /** Takes the employee out of active service: their account is disabled and their sessions end. */
    @PostMapping("/{nip}/deactivate")
    EmployeeDetails deactivate(@AuthenticationPrincipal Actor actor, @PathVariable String nip) {
        return employees.deactivate(actor, nip);
    }

    @PostMapping("/{nip}/activate")
    EmployeeDetails activate(@AuthenticationPrincipal Actor actor, @PathVariable String nip) {
        return employees.activate(actor, nip);
    }

    /**
     * Imports a CSV file (text/csv; columns {@value EmployeeImport#HEADER}, domicile and password optional): every
     * row or none. 200 with {@code {imported: true, rows, initialPasswords}} (the passwords Fleksi made for rows
     * without one, in this answer only), or 422 with each problem's line, column and message.
     */
    @PostMapping("/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the CSV file, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<ImportAnswer> importCsv(@AuthenticationPrincipal Actor actor, HttpServletRequest request)
            throws IOException {
        // read as it arrives (BodyLimits bounds it), never held whole
        EmployeeImport.Result result = imports.importCsv(actor, request.getInputStream());
        ImportReport report = result.report();
        List<ReportLines.Line> errors = ReportLines.of(report, messages, Languages.of(request));
        return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new ImportAnswer(report.imported(), report.rows(), errors, result.initialPasswords()));
    }

    /**
     * @param initialPasswords the initial passwords Fleksi made for the rows without a password, shown in this
     *                         answer only
     */
    record ImportAnswer(boolean imported, int rows, List<ReportLines.Line> errors,
                        List<EmployeeImport.InitialPassword> initialPasswords) {
    }
}
