package id.fleksi.notifications;

import id.fleksi.shared.InstitutionTime;

import java.time.Instant;
import java.time.LocalDateTime;

/** A notification as its reader sees it: title and body in the reader's language, and when it was read. */
public record NotificationView(long id, NotificationKind kind, String title, String body, String link,
                               Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** When it was created, in WIB, for the pages. */
    public LocalDateTime createdInJakarta() {
        return LocalDateTime.ofInstant(createdAt, InstitutionTime.ZONE);
    }
}
