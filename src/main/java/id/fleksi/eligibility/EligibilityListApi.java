package id.fleksi.eligibility;

import id.fleksi.organisation.EmployeeType;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/eligibility}: a page of the active employees in the caller's scope, each with, for each
 * kind of flexible work, whether they may use it on the day and the codes of the rules that block it.
 * Filters: {@code q} (part of the name or the beginning of the NIP), {@code unitCode} (with its sub-units),
 * {@code type}, and {@code eligible} for a {@code flexibility} (without one: for any kind). For the PPK, HR
 * and unit heads (their units and sub-units). {@code standingComputedAt} says when the stored standings the
 * eligibility filter used were computed; {@code null} when every employee was judged for the request.
 */
@ApiController("/api/eligibility")
class EligibilityListApi {

    private final EligibilityRoster roster;
    private final Clock clock;

    EligibilityListApi(EligibilityRoster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    @GetMapping
    Answer list(@AuthenticationPrincipal Actor actor,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate date,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(required = false) String unitCode,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String flexibility,
                                      @RequestParam(required = false) Boolean eligible,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        LocalDate day = date == null ? InstitutionTime.today(clock) : date;
        EligibilityRoster.Query query = new EligibilityRoster.Query(q, unitCode,
                constant(EmployeeType.class, "type", type, "eligibility.list.error.type"),
                constant(FlexibilityType.class, "flexibility", flexibility, "eligibility.list.error.flexibility"),
                eligible);
        EligibilityRoster.Roster found = roster.list(actor, query, day, Paged.page(page), Paged.size(size));
        Paged<EligibilityRoster.Row> rows = found.rows();
        return new Answer(rows.items(), rows.page(), rows.size(), rows.total(), found.standingComputedAt());
    }

    /** A page of the list, with when the stored standings its eligibility filter used were computed. */
    record Answer(List<EligibilityRoster.Row> items, int page, int size, long total, Instant standingComputedAt) {
    }

    /** The constant named, {@code null} when none is given; an unknown name is a 400 on the field. */
    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiProblem.field(field, messageKey));
    }
}
