package id.fleksi.eligibility;

import id.fleksi.organisation.EmployeeType;
import id.fleksi.organisation.UnitFilter;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /kelayakan}: which employees in the reader's scope may use which kind of flexible work on a day,
 * searched by name or NIP and filtered by unit, type, and eligibility for a kind, 25 to a page. For HR, the
 * PPK and unit heads (their units and sub-units). The page says when the stored standings an eligibility filter
 * used were computed, and HR and the PPK recompute today's standings from it ({@code POST /kelayakan/hitung-ulang};
 * several seconds at 250,000 employees).
 */
@PageController
class EligibilityListPages {

    static final String VIEW = "eligibility/list";
    static final String ELIGIBLE = "layak";
    static final String NOT_ELIGIBLE = "tidak";
    static final String RECOMPUTE = "/kelayakan/hitung-ulang";

    private final EligibilityRoster roster;
    private final EligibilityStandings standings;
    private final Clock clock;

    EligibilityListPages(EligibilityRoster roster, EligibilityStandings standings, Clock clock) {
        this.roster = roster;
        this.standings = standings;
        this.clock = clock;
    }

    /** HR or the PPK compute today's standings of the whole institution again; back to the list with when. */
    @PostMapping(RECOMPUTE)
    String recompute(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        EligibilityStandings.Run run = standings.recomputeNow(actor);
        redirect.addFlashAttribute("standingRecomputed", wib(run.computedAt()));
        return "redirect:/kelayakan";
    }

    @GetMapping("/kelayakan")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String jenis,
                @RequestParam(required = false) String fleksibel, @RequestParam(required = false) String status,
                @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
                @RequestParam(required = false) Integer page, Model model) {
        LocalDate day = date == null ? InstitutionTime.today(clock) : date;
        EmployeeType type = constant(EmployeeType.class, jenis).orElse(null);
        FlexibilityType flexibility = constant(FlexibilityType.class, fleksibel).orElse(null);
        Boolean eligible = ELIGIBLE.equals(status) ? Boolean.TRUE : NOT_ELIGIBLE.equals(status) ? Boolean.FALSE : null;
        UnitFilter unitFilter = roster.unitFilter(actor, unit);
        EligibilityRoster.Roster found = unitFilter.unknown() ? roster.none(day, Paged.page(page), Paged.DEFAULT_SIZE)
                : roster.list(actor, new EligibilityRoster.Query(q, unitFilter.code(), type, flexibility, eligible),
                        day, Paged.page(page), Paged.DEFAULT_SIZE);
        model.addAttribute("rows", found.rows());
        model.addAttribute("policy", found.policy());
        model.addAttribute("standingAt", found.standingComputedAt() == null ? null : wib(found.standingComputedAt()));
        model.addAttribute("day", day);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unit", unitFilter.selected());
        model.addAttribute("unitUnknown", unitFilter.unknown());
        model.addAttribute("jenis", type == null ? "" : type.name());
        model.addAttribute("fleksibel", flexibility == null ? "" : flexibility.name());
        model.addAttribute("status", eligible == null ? "" : eligible ? ELIGIBLE : NOT_ELIGIBLE);
        model.addAttribute("units", unitFilter.units());
        model.addAttribute("types", EmployeeType.values());
        model.addAttribute("kinds", List.of(FlexibilityType.values()));
        return VIEW;
    }

    private static LocalDateTime wib(Instant at) {
        return LocalDateTime.ofInstant(at, InstitutionTime.ZONE);
    }

    /** A filter chosen from a list; anything else (an old bookmark, a typing error) means no filter. */
    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }
}
