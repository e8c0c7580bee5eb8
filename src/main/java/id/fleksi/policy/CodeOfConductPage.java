package id.fleksi.policy;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/**
 * The employee reads the institution's code of conduct for flexible work in the version in force and
 * acknowledges it; a first plan needs that acknowledgement.
 */
@PageController
class CodeOfConductPage {

    static final String VIEW = "policy/code-of-conduct";
    private static final String PATH = "/saya/kode-perilaku";

    private final Policies policies;
    private final Clock clock;

    CodeOfConductPage(Policies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal Actor actor, Model model) {
        PolicyInForce policy = policies.inForceOn(InstitutionTime.today(clock)).orElse(null);
        model.addAttribute("policy", policy);
        model.addAttribute("acknowledged",
                policy != null && policies.codeOfConductAcknowledged(actor.accountId(), policy));
        return VIEW;
    }

    @PostMapping(PATH)
    String acknowledge(@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        if (policies.acknowledgeCodeOfConduct(actor, InstitutionTime.today(clock))) {
            redirect.addFlashAttribute("successKey", "policy.conduct.acknowledged");
        } else {
            redirect.addFlashAttribute("errorFlashKey", "policy.conduct.none");
        }
        return "redirect:" + PATH;
    }
}
