package id.fleksi.evaluation;

import id.fleksi.reports.ReportFiles;
import id.fleksi.reports.ReportFormat;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Evaluations of flexible work (Pasal 35): the PPK opens and finalizes any, a unit head those of their units and
 * sub-units, HR reads and exports all. A draft keeps the figures of its last computation (when it was opened, or
 * when its author asked again: {@code POST .../recompute}), with their time; a final one's are those of the day it
 * was finalized.
 */
@ApiController("/api/evaluations")
class EvaluationApi {

    private final Evaluations evaluations;
    private final EvaluationReport report;
    private final ReportFiles files;

    EvaluationApi(Evaluations evaluations, EvaluationReport report, ReportFiles files) {
        this.evaluations = evaluations;
        this.report = report;
        this.files = files;
    }

    /** Opens an evaluation of a unit with its sub-units, or of the institution without {@code unitCode}. */
    @PostMapping
    ResponseEntity<EvaluationAnswer> open(@AuthenticationPrincipal Actor actor,
                                          @RequestBody(required = false) OpenRequest request) {
        OpenRequest body = request == null ? new OpenRequest(null, null, null) : request;
        Evaluation opened = refusals(() -> evaluations.open(actor, body.periodFrom(), body.periodTo(),
                body.unitCode()));
        return ResponseEntity.created(URI.create("/api/evaluations/" + opened.id())).body(answer(opened));
    }

    /** The evaluations within the caller's scope, the latest period first, without their figures. */
    @GetMapping
    Paged<EvaluationItem> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        Paged<Evaluation> found = evaluations.list(actor, Paged.page(page), Paged.size(size));
        return new Paged<>(found.items().stream().map(EvaluationItem::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    EvaluationAnswer evaluation(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return answer(found(actor, id));
    }

    /** Counts a draft's figures again from the data as it is now. */
    @PostMapping("/{id}/recompute")
    EvaluationAnswer recompute(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return answer(refusals(() -> evaluations.recompute(actor, id)));
    }

    /** Saves the findings and the recommendation and finalizes: the figures are kept as they are now. */
    @PostMapping("/{id}/finalize")
    EvaluationAnswer finalize(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                              @RequestBody(required = false) FinalizeRequest request) {
        FinalizeRequest body = request == null ? new FinalizeRequest(null, null, null, null, null, null, null)
                : request;
        Recommendation recommendation = body.recommendation() == null || body.recommendation().isBlank() ? null
                : Arrays.stream(Recommendation.values())
                .filter(r -> r.name().equalsIgnoreCase(body.recommendation().strip())).findFirst()
                .orElseThrow(() -> ApiProblem.field("recommendation", "evaluation.refused.recommendationUnknown"));
        Evaluations.Drafts drafts = new Evaluations.Drafts(Boolean.TRUE.equals(body.proposeDetermination()),
                Boolean.TRUE.equals(body.proposeTasks()), body.proposal());
        return answer(refusals(() -> evaluations.finalize(actor, id, body.version(),
                new Evaluations.Findings(body.findings(), recommendation, body.tasks()), drafts)));
    }

    private EvaluationAnswer answer(Evaluation evaluation) {
        return EvaluationAnswer.of(evaluation, evaluations.draftsOf(evaluation));
    }

    /** The evaluation report as a file: {@code format} csv, xlsx or pdf, in the caller's language. */
    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                  String language) {
        ReportFormat wanted = ReportFormat.named(format)
                .orElseThrow(() -> ApiProblem.field("format", "evaluation.export.format"));
        Evaluation evaluation = found(actor, id);
        return download(report, files, evaluation, wanted, Languages.fromAcceptLanguage(language));
    }

    /**
     * The report written in the format, as a download; a format whose writer is not there yet is a 501.
     */
    static ResponseEntity<byte[]> download(EvaluationReport report, ReportFiles files, Evaluation evaluation,
                                           ReportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            files.write(report.document(evaluation, locale), format, out);
        } catch (UnsupportedOperationException notYet) {
            throw ApiProblem.of(HttpStatus.NOT_IMPLEMENTED, "evaluation.export.notYet", format.extension());
        } catch (IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(EvaluationReport.fileName(evaluation) + "." + format.extension(),
                                StandardCharsets.UTF_8)
                        .build().toString())
                .body(out.toByteArray());
    }

    private Evaluation found(Actor actor, long id) {
        return evaluations.find(actor, id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                EvaluationRefused.Reason.NO_EVALUATION.messageKey()));
    }

    /** Runs a call, answering its refusals as problem details. */
    static <T> T refusals(Supplier<T> call) {
        try {
            return call.get();
        } catch (EvaluationRefused refused) {
            EvaluationRefused.Reason reason = refused.reason();
            HttpStatus status = HttpStatus.valueOf(reason.status());
            if (reason == EvaluationRefused.Reason.EXISTS) {
                throw ApiProblem.of(status, reason.messageKey(), refused.args())
                        .with("evaluationId", refused.args()[0]);
            }
            if (reason.field() != null && status == HttpStatus.BAD_REQUEST) {
                throw new ApiProblem(status, "problem.detail.invalid", Map.of(reason.field(), reason.messageKey()));
            }
            throw ApiProblem.of(status, reason.messageKey(), refused.args());
        }
    }

    record OpenRequest(LocalDate periodFrom, LocalDate periodTo, String unitCode) {
    }

    /**
     * @param recommendation       LANJUTKAN, SESUAIKAN or HENTIKAN_SEBAGIAN
     * @param tasks                the task codes the recommendation concerns (required with HENTIKAN_SEBAGIAN)
     * @param version              the version read, or none
     * @param proposeDetermination open a draft change of the determination for the PPK (not with LANJUTKAN)
     * @param proposeTasks         open a draft change of each named task's criteria for HR: to stop location
     *                             flexibility (HENTIKAN_SEBAGIAN) or to review them (SESUAIKAN)
     * @param proposal             what to change, required with either draft
     */
    record FinalizeRequest(String findings, String recommendation, List<String> tasks, Long version,
                           Boolean proposeDetermination, Boolean proposeTasks, String proposal) {
    }

    /** An evaluation in a list. */
    record EvaluationItem(long id, EvaluationLevel level, String unitCode, String unitName, LocalDate periodFrom,
                          LocalDate periodTo, EvaluationStatus status, Recommendation recommendation,
                          String openedBy, Instant openedAt, LocalDate finalizedOn, long version) {

        static EvaluationItem of(Evaluation e) {
            return new EvaluationItem(e.id(), e.level(), e.unitCode(), e.unitName(), e.periodFrom(), e.periodTo(),
                    e.status(), e.recommendation(), e.openedBy(), e.openedAt(), e.finalizedOn(), e.version());
        }
    }

    /** An evaluation with its figures, findings, recommendation, signer and the drafts its recommendation opened. */
    record EvaluationAnswer(long id, EvaluationLevel level, String unitCode, String unitName, LocalDate periodFrom,
                            LocalDate periodTo, EvaluationStatus status, String findings,
                            Recommendation recommendation, List<String> recommendationTasks, String openedBy,
                            Instant openedAt, String finalizedBy, Instant finalizedAt, LocalDate finalizedOn,
                            Evaluation.Signer signer, long version, Instant figuresComputedAt,
                            EvaluationFigures figures, List<AspectAnswer> aspects,
                            List<EvaluationDrafts.OpenedDraft> drafts) {

        static EvaluationAnswer of(Evaluation e, List<EvaluationDrafts.OpenedDraft> drafts) {
            return new EvaluationAnswer(e.id(), e.level(), e.unitCode(), e.unitName(), e.periodFrom(), e.periodTo(),
                    e.status(), e.findings(), e.recommendation(), e.recommendationTasks(), e.openedBy(),
                    e.openedAt(), e.finalizedBy(), e.finalizedAt(), e.finalizedOn(), e.signer(), e.version(),
                    e.figuresComputedAt(), e.figures(),
                    Arrays.stream(EvaluationAspect.values()).map(AspectAnswer::of).toList(), drafts);
        }
    }

    /** An aspect of Pasal 35 ayat (3): its letter, article, the regulation's words and the figures under it. */
    record AspectAnswer(EvaluationAspect aspect, String letter, String article, String text, List<String> figures) {

        static AspectAnswer of(EvaluationAspect aspect) {
            return new AspectAnswer(aspect, aspect.letter(), aspect.article(), aspect.text(), aspect.figures());
        }
    }
}
