package id.fleksi.notifications;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caller's own notifications over JSON, in the language of {@code Accept-Language}. */
@ApiController("/api/notifications")
class NotificationApi {

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The caller's notifications, newest first. */
    @GetMapping
    Paged<NotificationView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return notifications.of(actor.accountId(), Paged.page(page), Paged.size(size), Languages.of(request));
    }

    /** Marks one of the caller's notifications read (again is fine); another account's is a 404. */
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        if (!notifications.markRead(actor.accountId(), id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "notification.problem.unknown", String.valueOf(id));
        }
        return ResponseEntity.noContent().build();
    }
}
