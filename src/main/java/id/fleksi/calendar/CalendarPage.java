package id.fleksi.calendar;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDateTime;

/**
 * The employee's page of their calendar feed: whether they have an address, making or renewing it (renewing
 * asks for a confirmation first, since the old address stops working), and the address itself, shown once
 * after it is made, with how to subscribe on Android, iPhone and Outlook.
 */
@PageController
class CalendarPage {

    static final String VIEW = "calendar/subscription";
    static final String VIEW_RENEW = "calendar/renew";
    static final String CONFIRMED = "ya";

    private final CalendarFeeds feeds;

    CalendarPage(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/saya/kalender")
    String show(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("activeSince", activeSince(actor));
        return VIEW;
    }

    @GetMapping("/saya/kalender/perbarui")
    String confirmRenewal(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("activeSince", activeSince(actor));
        return VIEW_RENEW;
    }

    /** Since when the current address exists, in the institution's time (WIB), or {@code null}. */
    private LocalDateTime activeSince(Actor actor) {
        return feeds.activeSince(actor).map(at -> LocalDateTime.ofInstant(at, InstitutionTime.ZONE)).orElse(null);
    }

    @PostMapping("/saya/kalender")
    String renew(@AuthenticationPrincipal Actor actor,
                 @RequestParam(name = "konfirmasi", required = false) String confirmation,
                 RedirectAttributes redirect) {
        boolean existing = feeds.activeSince(actor).isPresent();
        if (existing && !CONFIRMED.equals(confirmation)) {
            return "redirect:/saya/kalender/perbarui";
        }
        String token = feeds.renew(actor);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/kalender/{token}.ics").buildAndExpand(token).toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        redirect.addFlashAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
        redirect.addFlashAttribute("successKey", existing ? "calendar.renewed" : "calendar.created");
        return "redirect:/saya/kalender";
    }
}
