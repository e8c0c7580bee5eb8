package id.fleksi.organisation;

import id.fleksi.documents.DocumentDownloads;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Requests for a special circumstance over the JSON API (Pasal 10; 13 ayat (2) huruf b): the employee asks with
 * evidence files (multipart), the head in scope recommends, HR decides ({@code POST …/{id}/decision}); each reads
 * the requests within their scope and their files.
 */
@ApiController(CircumstanceRequestsApi.PATH)
class CircumstanceRequestsApi {

    static final String PATH = "/api/special-circumstance-requests";
    /** Five files of the largest size and the form's fields. */
    static final DataSize MAX_UPLOAD = DataSize.ofMegabytes(30);

    private final CircumstanceRequests requests;

    CircumstanceRequestsApi(CircumstanceRequests requests) {
        this.requests = requests;
    }

    @Bean
    static id.fleksi.shared.web.UploadLimit circumstanceRequestApiUpload() {
        return new id.fleksi.shared.web.UploadLimit(PATH, MAX_UPLOAD);
    }

    /** The employee's request: {@code kind, from, to, reason} and one to five {@code files} parts → 201. */
    @PostMapping
    ResponseEntity<CircumstanceRequest> request(@AuthenticationPrincipal Actor actor,
                                                @RequestParam(required = false) String kind,
                                                @RequestParam(required = false) String from,
                                                @RequestParam(required = false) String to,
                                                @RequestParam(required = false) String reason,
                                                @RequestParam(name = "files", required = false)
                                                List<MultipartFile> files) throws IOException {
        CircumstanceRequest created = requests.request(actor, new CircumstanceRequestInput(kind, from, to, reason),
                uploads(files));
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping
    Paged<CircumstanceRequest> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return requests.list(actor, new CircumstanceRequests.Filter(q, status(status), false), Paged.page(page),
                Paged.size(size));
    }

    @GetMapping("/{id}")
    CircumstanceRequest read(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return requests.read(actor, id).orElseThrow(CircumstanceRequestsApi::notFound);
    }

    /** The request's file {@code n} (from 1), as an attachment, to whoever reads the request; 404 otherwise. */
    @GetMapping("/{id}/files/{n}")
    void file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable int n,
              HttpServletResponse response) throws IOException {
        DocumentDownloads.write(requests.file(actor, id, n).orElseThrow(CircumstanceRequestsApi::notFound), response);
    }

    @PostMapping("/{id}/decision")
    CircumstanceRequest decide(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                               @RequestBody(required = false) CircumstanceDecisionInput input) {
        return requests.decide(actor, id, input);
    }

    /** The files of a multipart request; a part left empty (a file input with nothing chosen) is none. */
    static List<CircumstanceRequests.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<CircumstanceRequests.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                boolean chosen = file != null && (file.getSize() > 0
                        || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()));
                if (chosen) {
                    uploads.add(new CircumstanceRequests.Upload(file.getOriginalFilename(), file.getInputStream()));
                }
            }
        }
        return uploads;
    }

    /** A status named in a filter, in any case; blank for every one. */
    static CircumstanceStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(CircumstanceStatus.values()).filter(s -> s.name().equalsIgnoreCase(text.strip()))
                .findFirst().orElseThrow(() -> ApiProblem.field("status", "circumstance.error.status"));
    }

    private static ApiProblem notFound() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "circumstance.problem.notFound");
    }
}
