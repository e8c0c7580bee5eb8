package id.fleksi.security;

import id.fleksi.shared.web.PageController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form with which a person replaces their password, and must replace an initial one. */
@PageController
class PasswordPage {

    static final String VIEW = "account/password";

    private final PasswordChange passwordChange;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPage(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
    }

    @GetMapping(SecurityConfiguration.PASSWORD_PAGE)
    String show(@ModelAttribute("form") PasswordForm form, Model model) {
        model.addAttribute("minLength", passwordChange.minLength());
        return VIEW;
    }

    @PostMapping(SecurityConfiguration.PASSWORD_PAGE)
    String change(@AuthenticationPrincipal FleksiUser user, @ModelAttribute("form") PasswordForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.error.confirm");
        } else {
            passwordChange.change(user, form.currentPassword(), form.newPassword(), request.getSession().getId())
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
        if (errors.hasErrors()) {
            model.addAttribute("minLength", passwordChange.minLength());
            return VIEW;
        }
        refreshSession(user, request, response);
        redirect.addFlashAttribute("successKey", "password.changed");
        return "redirect:/";
    }

    /** The session's principal no longer carries the must-change mark. */
    private void refreshSession(FleksiUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        FleksiUser updated = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }
}
