package id.fleksi.audit;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.Paged;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The audit trail as the PPK and HR read it: filtered, newest first, each event with the fields it changed.
 * Dates are days in Asia/Jakarta (WIB), where the institution keeps its records.
 */
@Service
class AuditBrowser {

    static final ZoneId ZONE = InstitutionTime.ZONE;

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditBrowser(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    Paged<Event> search(Filter filter, int page, int size) {
        Paged<AuditTrail.AuditEntry> entries = trail.search(filter.query(), page, size);
        List<Event> events = entries.items().stream().map(this::event).toList();
        return new Paged<>(events, entries.page(), entries.size(), entries.total(), entries.totalCapped());
    }

    private Event event(AuditTrail.AuditEntry entry) {
        JsonNode before = AuditChanges.parse(json, entry.before());
        JsonNode after = AuditChanges.parse(json, entry.after());
        return new Event(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.subjectType(),
                entry.subjectKey(), before, after, AuditChanges.between(before, after));
    }

    /**
     * The filters of the page and the API; each may be left empty.
     *
     * @param from the first day, in Asia/Jakarta
     * @param to   the last day, in Asia/Jakarta, included
     */
    public record Filter(String actor, String subjectType, String subjectKey, String action, LocalDate from,
                  LocalDate to) {

        AuditTrail.AuditQuery query() {
            Instant start = from == null ? null : from.atStartOfDay(ZONE).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
            return new AuditTrail.AuditQuery(actor, subjectType, subjectKey, action, start, end);
        }
    }

    /** One recorded change, with its states as JSON and the fields that changed. */
    public record Event(long id, Instant occurredAt, String actor, String action, String subjectType,
                        String subjectKey, JsonNode before, JsonNode after, List<AuditChanges.Change> changes) {

        /** When it happened, in Asia/Jakarta, for the page. */
        public java.time.ZonedDateTime occurredInJakarta() {
            return occurredAt.atZone(ZONE);
        }
    }
}
