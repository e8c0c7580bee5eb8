package id.fleksi.security;

import id.fleksi.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

@PageController
class LoginPage {

    static final String VIEW = "login";
    private static final Set<String> REASONS = Set.of("credentials", "locked", "disabled", "throttled");

    private final MessageSource messages;

    LoginPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String show(Authentication authentication, @RequestParam(required = false) String error,
                @RequestParam(name = SignInThrottleFilter.WAIT_PARAMETER, required = false) String wait,
                Locale locale, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (REASONS.contains(error) ? error : "credentials"));
            model.addAttribute("errorWait", waitText(wait, locale));
        }
        return VIEW;
    }

    /** "3 menit" for a wait of 150 seconds: whole minutes (rounded up) from a minute on, hours from two hours on. */
    private String waitText(String wait, Locale locale) {
        long seconds;
        try {
            seconds = wait == null ? 0 : Long.parseLong(wait);
        } catch (NumberFormatException notANumber) {
            seconds = 0;
        }
        if (seconds <= 0 || seconds > Duration.ofDays(2).toSeconds()) {
            return messages.getMessage("login.wait.moment", null, locale);
        }
        if (seconds < 60) {
            return messages.getMessage("login.wait.seconds", new Object[] {seconds}, locale);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return messages.getMessage("login.wait.minutes", new Object[] {minutes}, locale);
        }
        return messages.getMessage("login.wait.hours", new Object[] {(minutes + 59) / 60}, locale);
    }
}
