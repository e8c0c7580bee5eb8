package id.fleksi.eligibility;

import id.fleksi.policy.Policies;
import id.fleksi.rules.ArticleTexts;
import id.fleksi.rules.Determination;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
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

/**
 * What each rule of the catalogue means: its code, its article, the article's own words, and what a person
 * can do about it. Every verdict links here; every signed-in person may read it.
 */
@PageController
class RulePages {

    static final String VIEW_LIST = "eligibility/rules";
    static final String VIEW_RULE = "eligibility/rule";

    @GetMapping("/aturan")
    String rules(Model model) {
        model.addAttribute("rules", List.of(RuleCode.values()));
        return VIEW_LIST;
    }

    private final EligibilityService eligibility;
    private final Policies policies;
    private final Clock clock;

    RulePages(EligibilityService eligibility, Policies policies, Clock clock) {
        this.eligibility = eligibility;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * The rule, its article's words and what can be done; on a day ({@code tanggal}, today when left out) the
     * values it is decided with, and with {@code nip} the facts about that employee the rules read (for someone
     * allowed to read their record).
     */
    @GetMapping("/aturan/{code}")
    String rule(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                @RequestParam(required = false) String nip,
                @RequestParam(name = "tanggal", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date, Model model) {
        RuleCode rule = Arrays.stream(RuleCode.values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate day = date == null ? InstitutionTime.today(clock) : date;
        model.addAttribute("rule", rule);
        model.addAttribute("day", day);
        if (!day.isBefore(Regulation.IN_FORCE_FROM)) {
            Determination policy = policies.determinationOn(day).orElse(null);
            model.addAttribute("policy", policy);
            model.addAttribute("values", RuleValues.of(rule, policy, day));
        }
        if (nip != null && !nip.isBlank()) {
            EligibilityService.Judgement judgement = eligibility.judge(actor, nip.strip(), day)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("facts", judgement.facts());
            model.addAttribute("policy", judgement.policy());
            model.addAttribute("findings", judgement.verdict().byType().values().stream()
                    .flatMap(type -> type.violations().stream()).filter(v -> v.rule() == rule).distinct().toList());
            model.addAttribute("types", List.of(FlexibilityType.values()));
            model.addAttribute("articles", EligibilityPages.ARTICLES);
        }
        model.addAttribute("quotes", ArticleTexts.of(rule).stream()
                .map(quote -> new QuoteView(quote.article(), List.of(quote.text().split("\n")))).toList());
        return VIEW_RULE;
    }

    /** A quoted article as the page shows it: a paragraph a line. */
    record QuoteView(String article, List<String> lines) {
    }
}
