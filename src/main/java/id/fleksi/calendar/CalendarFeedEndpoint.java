package id.fleksi.calendar;

import id.fleksi.shared.web.PageController;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The feed a calendar app subscribes to, without signing in: the secret token in the address is the
 * credential. An unknown or renewed token is a 404 like any other address, so the answer never tells whether
 * an account exists.
 */
@PageController
class CalendarFeedEndpoint {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedEndpoint(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        String ics = feeds.feed(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", ContentDisposition.inline().filename("fleksi.ics").build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
