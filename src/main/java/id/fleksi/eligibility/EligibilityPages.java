package id.fleksi.eligibility;

import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The eligibility page: every fact the rules use, each with its article, and for each kind of flexible work
 * the verdict and its reasons. The employee sees their own; HR, the PPK and unit heads in scope anyone's.
 */
@PageController
class EligibilityPages {

    static final String VIEW = "eligibility/eligibility";

    /** Each rule's article by its code, for the table of facts. */
    static final Map<String, String> ARTICLES = Arrays.stream(RuleCode.values())
            .collect(Collectors.toUnmodifiableMap(RuleCode::name, rule -> rule.article().article()));

    private final EligibilityService eligibility;
    private final Clock clock;

    EligibilityPages(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @GetMapping("/saya/kelayakan")
    String mine(@AuthenticationPrincipal Actor actor,
                @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date, Model model) {
        LocalDate day = dayOrToday(date);
        return show(eligibility.judgeOwn(actor, day), day, true, model);
    }

    @GetMapping("/pegawai/{nip}/kelayakan")
    String employee(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                    @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date, Model model) {
        LocalDate day = dayOrToday(date);
        return show(eligibility.judge(actor, nip, day), day, false, model);
    }

    private LocalDate dayOrToday(LocalDate date) {
        return date == null ? InstitutionTime.today(clock) : date;
    }

    private String show(Optional<EligibilityService.Judgement> found, LocalDate day, boolean own, Model model) {
        EligibilityService.Judgement judgement = found
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("own", own);
        model.addAttribute("day", day);
        model.addAttribute("facts", judgement.facts());
        model.addAttribute("policy", judgement.policy());
        model.addAttribute("verdict", judgement.verdict());
        model.addAttribute("arrangements", judgement.arrangements());
        model.addAttribute("types", List.of(FlexibilityType.values()));
        model.addAttribute("articles", ARTICLES);
        model.addAttribute("currentYear", day.getYear());
        return VIEW;
    }
}
