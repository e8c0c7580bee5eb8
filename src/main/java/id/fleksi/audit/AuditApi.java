package id.fleksi.audit;

import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The audit trail over JSON, read only, for the PPK and HR (the path rules admit nobody else). */
@ApiController
class AuditApi {

    private final AuditBrowser browser;

    AuditApi(AuditBrowser browser) {
        this.browser = browser;
    }

    /** Events newest first; {@code from} and {@code to} are dates in Asia/Jakarta, both included. */
    @GetMapping("/api/audit")
    Paged<AuditBrowser.Event> search(@RequestParam(required = false) String actor,
                                     @RequestParam(required = false) String subjectType,
                                     @RequestParam(required = false) String subjectKey,
                                     @RequestParam(required = false) String action,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate to,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return browser.search(new AuditBrowser.Filter(actor, subjectType, subjectKey, action, from, to),
                Paged.page(page), Paged.size(size));
    }
}
