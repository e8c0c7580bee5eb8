package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.io.IOException;
import java.util.List;

/**
 * The import of personnel records for systems (an appraisal system, SIASN): the CSV file of {@link PersonnelImport}
 * as the request body, every row or none, answered with what was stored or every problem by line.
 */
@ApiController
class PersonnelImportApi {

    private final PersonnelImport imports;
    private final MessageSource messages;

    PersonnelImportApi(PersonnelImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** {@code kind}: discipline, performance or achievement; columns as in {@link PersonnelImport.Kind}. */
    @PostMapping("/api/personnel/import/{kind}")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the CSV file, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<ImportAnswer> importCsv(@AuthenticationPrincipal Actor actor, @PathVariable String kind,
                                           HttpServletRequest request) throws IOException {
        PersonnelImport.Kind found = switch (kind) {
            case "discipline" -> PersonnelImport.Kind.DISCIPLINE;
            case "performance" -> PersonnelImport.Kind.PERFORMANCE;
            case "achievement" -> PersonnelImport.Kind.ACHIEVEMENT;
            default -> throw ApiProblem.of(HttpStatus.NOT_FOUND, "personnel.import.error.unknownKind", kind);
        };
        PersonnelImport.Result result = imports.importCsv(actor, found, "API", request.getInputStream());
        List<ReportLines.Line> errors = ReportLines.of(result.problems(), messages, Languages.of(request));
        ImportAnswer body = new ImportAnswer(result.imported(), kind, result.rows(), result.stored(),
                result.updated(), result.unchanged(), result.problemCount(), errors);
        return ResponseEntity.status(result.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(body);
    }

    /**
     * What the import did: when {@code imported}, the rows read and how many were stored new, updated or unchanged;
     * else nothing was stored and {@code errors} lists the first problems by line (1 is the header) out of
     * {@code problemCount}.
     */
    record ImportAnswer(boolean imported, String kind, int rows, int stored, int updated, int unchanged,
                        int problemCount, List<ReportLines.Line> errors) {
    }
}
