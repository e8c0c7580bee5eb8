package id.fleksi.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

import java.util.Set;

@Controller
class LoginPage {

    static final String VIEW = "login";
    private static final Set<String> REASONS = Set.of("credentials", "locked", "disabled");

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String show(Authentication authentication, @RequestParam(required = false) String error, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (REASONS.contains(error) ? error : "credentials"));
        }
        return VIEW;
    }
}
