package id.fleksi.audit;

import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The audit trail in the browser, for the PPK and HR: filters, newest first, what changed. Read only. */
@PageController
class AuditPage {

    static final String VIEW = "audit/list";

    private final AuditBrowser browser;

    AuditPage(AuditBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String subjectType,
                @RequestParam(required = false) String subjectKey, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Integer page, Model model) {
        AuditBrowser.Filter filter = new AuditBrowser.Filter(actor, subjectType, subjectKey, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("events", browser.search(filter, Paged.page(page), Paged.DEFAULT_SIZE));
        return VIEW;
    }
}
