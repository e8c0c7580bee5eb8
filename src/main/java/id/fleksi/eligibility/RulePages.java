package id.fleksi.eligibility;

import id.fleksi.rules.ArticleTexts;
import id.fleksi.rules.RuleCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.List;

/**
 * What each rule of the catalogue means: its code, its article, the article's own words, and what a person
 * can do about it. Every verdict links here; every signed-in person may read it.
 */
@Controller
class RulePages {

    static final String VIEW_LIST = "eligibility/rules";
    static final String VIEW_RULE = "eligibility/rule";

    @GetMapping("/aturan")
    String rules(Model model) {
        model.addAttribute("rules", List.of(RuleCode.values()));
        return VIEW_LIST;
    }

    @GetMapping("/aturan/{code}")
    String rule(@PathVariable String code, Model model) {
        RuleCode rule = Arrays.stream(RuleCode.values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("rule", rule);
        model.addAttribute("quotes", ArticleTexts.of(rule).stream()
                .map(quote -> new QuoteView(quote.article(), List.of(quote.text().split("\n")))).toList());
        return VIEW_RULE;
    }

    /** A quoted article as the page shows it: a paragraph a line. */
    record QuoteView(String article, List<String> lines) {
    }
}
