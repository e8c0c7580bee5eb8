package id.fleksi.notifications;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** Every signed-in person's own notifications: newest first, a page at a time, marked read one by one or all. */
@PageController
class NotificationPages {

    static final String VIEW = "notifications/list";

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifikasi")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model,
                Locale locale) {
        model.addAttribute("notifications",
                notifications.of(actor.accountId(), Paged.page(page), Paged.DEFAULT_SIZE, locale));
        return VIEW;
    }

    /** Another account's notification is not found: its id tells nothing about it. */
    @PostMapping("/notifikasi/{id}/dibaca")
    String markRead(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestParam(required = false) Integer page, RedirectAttributes redirect) {
        if (!notifications.markRead(actor.accountId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addAttribute("page", Paged.page(page));
        return "redirect:/notifikasi";
    }

    @PostMapping("/notifikasi/dibaca-semua")
    String markAllRead(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        notifications.markAllRead(actor.accountId());
        redirect.addFlashAttribute("successKey", "notification.allRead");
        return "redirect:/notifikasi";
    }
}
