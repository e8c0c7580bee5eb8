package id.fleksi.evaluation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.ImportAnswer;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;

/**
 * The service indicators of Pasal 35 ayat (3) huruf a through the API, as on {@code /evaluasi/indikator}: the PPK and
 * HR for any unit, a unit head for their units and sub-units. The same unit, period and name again replaces the
 * value.
 */
@ApiController("/api/service-indicators")
class ServiceIndicatorApi {

    private final ServiceIndicators indicators;
    private final MessageSource messages;

    ServiceIndicatorApi(ServiceIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    /** The indicators of the units the caller reads, the latest period first, paged. */
    @GetMapping
    Paged<ServiceIndicator> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return indicators.list(actor, Paged.page(page), Paged.size(size));
    }

    /**
     * Records one indicator {@code {unitCode, periodFrom, periodTo, name, value, measure, target?, baseline?,
     * better?}}: 200 when recorded, 422 with the problems by field (as an import of one row).
     */
    @PostMapping
    ResponseEntity<ImportAnswer> record(@AuthenticationPrincipal Actor actor,
                                        @RequestBody(required = false) ServiceIndicators.Input body,
                                        HttpServletRequest request) {
        if (body == null) {
            throw ApiProblem.field("unitCode", "csv.error.required");
        }
        List<ImportReport.Problem> problems = indicators.record(actor, body);
        return answer(problems.isEmpty() ? ImportReport.done(1) : ImportReport.refused(1, problems), request);
    }

    /** A CSV file with the columns of the page's template; all rows or none. */
    @PostMapping("/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the CSV file, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<ImportAnswer> importCsv(@AuthenticationPrincipal Actor actor, HttpServletRequest request)
            throws IOException {
        return answer(indicators.importCsv(actor, request.getInputStream()), request);
    }

    /** Removes an indicator: 204, or 404 when there is none with this id. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        if (!indicators.remove(actor, id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "evaluation.indicator.notFound");
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ImportAnswer> answer(ImportReport report, HttpServletRequest request) {
        return ImportAnswer.of(report, messages, Languages.of(request));
    }
}
