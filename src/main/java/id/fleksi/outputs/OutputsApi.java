package id.fleksi.outputs;

import id.fleksi.documents.DocumentDownloads;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Work outputs (hasil kerja): an employee records theirs ({@code POST /api/outputs}), the head of the employee's
 * unit or a unit above it accepts or returns it ({@code POST /api/outputs/{id}/review}), and each reads those within
 * their scope ({@code GET /api/outputs}). The employee attaches an evidence file to their output
 * ({@code PUT /api/outputs/{id}/evidence}, multipart) and whoever may read the output downloads it
 * ({@code GET /api/outputs/{id}/evidence}).
 */
@ApiController("/api/outputs")
class OutputsApi {

    private final WorkOutputs outputs;

    OutputsApi(WorkOutputs outputs) {
        this.outputs = outputs;
    }

    /** An output as the API answers it. */
    record OutputAnswer(long id, String nip, String name, String unitCode, LocalDate date, String taskCode,
                        String taskName, String description, String link, OutputStatus status, String reviewNote,
                        Instant reviewedAt, String reviewedBy, Instant createdAt, boolean hasEvidence) {

        static OutputAnswer of(WorkOutput output) {
            return new OutputAnswer(output.id(), output.nip(), output.name(), output.unitCode(), output.day(),
                    output.taskCode(), output.taskName(), output.description(), output.link(), output.status(),
                    output.reviewNote(), output.reviewedAt(), output.reviewedBy(), output.createdAt(),
                    output.hasEvidence());
        }
    }

    @PostMapping
    ResponseEntity<OutputAnswer> record(@AuthenticationPrincipal Actor actor,
                                        @RequestBody(required = false) OutputInput input) {
        WorkOutput output = outputs.record(actor, input);
        return ResponseEntity.created(URI.create("/api/outputs/" + output.id())).body(OutputAnswer.of(output));
    }

    /**
     * Attaches the evidence file (multipart part {@code evidence}: a PDF, PNG or JPEG) to one of the caller's own
     * outputs while it waits for review or was returned, in place of any before. A refused file leaves the output
     * as it was.
     */
    @PutMapping("/{id}/evidence")
    OutputAnswer attachEvidence(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                @RequestParam(name = "evidence", required = false) MultipartFile evidence)
            throws IOException {
        WorkOutputs.Evidence given = evidence == null ? null
                : new WorkOutputs.Evidence(evidence.getOriginalFilename(), evidence.getInputStream());
        return OutputAnswer.of(outputs.attachEvidence(actor, id, given));
    }

    /** The output's evidence file, as an attachment, to whoever may read the output; 404 otherwise. */
    @GetMapping("/{id}/evidence")
    void evidence(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        DocumentDownloads.write(outputs.evidence(actor, id)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "outputs.problem.evidenceNotFound")), response);
    }

    @PostMapping("/{id}/review")
    OutputAnswer review(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                        @RequestBody(required = false) ReviewInput input) {
        return OutputAnswer.of(outputs.review(actor, id, input));
    }

    /**
     * The outputs within the caller's scope, newest first: {@code nip} (an employee's NIP or part of a name),
     * {@code from} and {@code to} (at most {@value WorkOutputs#RANGE_MAX_DAYS} days apart; the last seven days by
     * default), {@code status}.
     */
    @GetMapping
    Paged<OutputAnswer> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String nip,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        LocalDate today = outputs.today();
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusDays(6));
        if (first.isAfter(last)) {
            throw ApiProblem.field("from", "outputs.error.range.order");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > WorkOutputs.RANGE_MAX_DAYS) {
            throw ApiProblem.field("to", "outputs.error.range.long");
        }
        OutputStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(OutputStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> ApiProblem.field("status", "outputs.error.status"));
        Paged<WorkOutput> found = outputs.list(actor, new WorkOutputs.Filter(first, last, nip, wanted),
                Paged.page(page), Paged.size(size));
        return new Paged<>(found.items().stream().map(OutputAnswer::of).toList(), found.page(), found.size(),
                found.total());
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                throw ApiProblem.field(field, "outputs.error.range.date");
            }
            return date;
        } catch (DateTimeParseException notADate) {
            throw ApiProblem.field(field, "outputs.error.range.date");
        }
    }
}
