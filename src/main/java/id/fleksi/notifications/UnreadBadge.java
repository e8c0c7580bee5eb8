package id.fleksi.notifications;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications in the navigation bar. The count is taken only when a page's layout
 * asks for it, once per page, and only for a signed-in person: API answers and redirects cost nothing.
 */
@ControllerAdvice(annotations = PageController.class)
class UnreadBadge {

    private final Notifications notifications;

    UnreadBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Unread unread(@AuthenticationPrincipal Actor actor) {
        return actor == null ? null : new Unread(notifications, actor.accountId());
    }

    /** The count, taken on first use. */
    static final class Unread {

        private final Notifications notifications;
        private final long accountId;
        private Long count;

        private Unread(Notifications notifications, long accountId) {
            this.notifications = notifications;
            this.accountId = accountId;
        }

        public long count() {
            if (count == null) {
                count = notifications.unread(accountId);
            }
            return count;
        }
    }
}
