package id.fleksi.organisation;

import id.fleksi.documents.DocumentDownloads;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import id.fleksi.shared.web.UploadLimit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The pages of requests for a special circumstance: the employee's own ({@code /saya/keadaan-khusus}, made for a
 * phone: the form with its files, and their requests), the list of the requests a head recommends and HR decides
 * ({@code /keadaan-khusus}, paged, searched, filtered by status), one request with its files and, when the reader's
 * turn has come, the decision, confirmed before it is made.
 */
@PageController
class CircumstanceRequestPages {

    static final String OWN = "/saya/keadaan-khusus";
    static final String LIST = "/keadaan-khusus";

    private final CircumstanceRequests requests;

    CircumstanceRequestPages(CircumstanceRequests requests) {
        this.requests = requests;
    }

    @Bean
    static UploadLimit circumstanceRequestPageUpload() {
        return new UploadLimit(OWN, CircumstanceRequestsApi.MAX_UPLOAD);
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "from", "to", "reason");
    }

    @GetMapping(OWN)
    String own(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model,
               HttpServletResponse response) throws IOException {
        if (actor.employeeId() == null) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return null;
        }
        model.addAttribute("form", CircumstanceRequestInput.empty());
        return ownPage(actor, page, model);
    }

    @PostMapping(OWN)
    String request(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") CircumstanceRequestInput form,
                   BindingResult errors, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<CircumstanceRequests.Upload> uploads = CircumstanceRequestsApi.uploads(files);
        CircumstanceRequest created;
        try {
            created = requests.request(actor, form, uploads);
        } catch (ApiProblem refused) {
            if (refused.fieldErrors().isEmpty()) {
                response.sendError(refused.status().value());
                return null;
            }
            refused.fieldErrors().forEach((field, key) -> {
                if (field.equals("files")) {
                    model.addAttribute("filesErrorKey", key);
                } else {
                    errors.rejectValue(field, key);
                }
            });
            // a browser never sends a file back: files that were accepted are to be chosen again
            model.addAttribute("filesAgain", !uploads.isEmpty() && !refused.fieldErrors().containsKey("files"));
            return ownPage(actor, null, model);
        }
        redirect.addFlashAttribute("successKey", "circumstance.own.requested");
        redirect.addFlashAttribute("successArg", created.number());
        return "redirect:" + OWN;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                Model model) {
        CircumstanceStatus wanted = null;
        boolean statusInvalid = false;
        try {
            wanted = CircumstanceRequestsApi.status(status);
        } catch (ApiProblem unknown) {
            statusInvalid = true;
        }
        model.addAttribute("requests", requests.list(actor, new CircumstanceRequests.Filter(q, wanted, false),
                Paged.page(page), Paged.DEFAULT_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("statusInvalid", statusInvalid);
        model.addAttribute("statuses", CircumstanceStatus.values());
        return "personnel/circumstance-list";
    }

    @GetMapping(LIST + "/{id}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model,
                HttpServletResponse response) throws IOException {
        return detail(actor, id, model, response);
    }

    /**
     * The reader's decision: first shown back for confirmation ({@code confirmed} absent), then made. A decision out
     * of turn or refused is told on the request's page.
     */
    @PostMapping(LIST + "/{id}/putuskan")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        CircumstanceDecisionInput input = new CircumstanceDecisionInput(decision, note);
        boolean valid = decision != null && (decision.strip().equals("APPROVED") || decision.strip().equals("REJECTED"));
        if (!"true".equals(confirmed) && valid && (note == null || note.length() <= PersonnelInput.NOTE_MAX)) {
            if (requests.read(actor, id).isEmpty()) {
                response.sendError(HttpStatus.NOT_FOUND.value());
                return null;
            }
            model.addAttribute("confirming", input);
            return detail(actor, id, model, response);
        }
        try {
            CircumstanceRequest decided = requests.decide(actor, id, input);
            redirect.addFlashAttribute("successKey", "circumstance.decided." + decided.status().name());
            redirect.addFlashAttribute("successArg", decided.number());
        } catch (ApiProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                response.sendError(refused.status().value());
                return null;
            }
            if (!refused.fieldErrors().isEmpty()) {
                model.addAttribute("decisionErrors", refused.fieldErrors());
                model.addAttribute("decisionNote", note);
                return detail(actor, id, model, response);
            }
            redirect.addFlashAttribute("errorFlashKey", refused.detailKey());
        }
        return "redirect:" + LIST + "/" + id;
    }

    @GetMapping(LIST + "/{id}/berkas/{n}")
    void file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable int n,
              HttpServletResponse response) throws IOException {
        var found = requests.file(actor, id, n);
        if (found.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        DocumentDownloads.write(found.get(), response);
    }

    private String detail(Actor actor, long id, Model model, HttpServletResponse response) throws IOException {
        var found = requests.read(actor, id);
        if (found.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        model.addAttribute("request", found.get());
        // the moments as the institution's clock shows them (WIB)
        model.addAttribute("requestedAt", local(found.get().requestedAt()));
        model.addAttribute("recommendedAt", local(found.get().recommendedAt()));
        model.addAttribute("decidedAt", local(found.get().decidedAt()));
        model.addAttribute("turn", requests.turn(actor, id));
        model.addAttribute("backToList", actor.readsWholeInstitution() || actor.isUnitHead());
        return "personnel/circumstance-detail";
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, InstitutionTime.ZONE);
    }

    private String ownPage(Actor actor, Integer page, Model model) {
        model.addAttribute("kinds", CircumstanceKind.values());
        model.addAttribute("fileMaxMegabytes", requests.fileMaxMegabytes());
        model.addAttribute("filesMax", CircumstanceRequests.FILES_MAX);
        model.addAttribute("own", requests.list(actor, new CircumstanceRequests.Filter(null, null, true),
                Paged.page(page), Paged.DEFAULT_SIZE));
        return "personnel/circumstance-own";
    }
}
