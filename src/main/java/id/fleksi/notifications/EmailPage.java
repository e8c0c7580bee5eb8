package id.fleksi.notifications;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a person's reminders are mailed: they give, change or remove their own address. */
@PageController
class EmailPage {

    static final String VIEW = "notifications/email";
    static final String PATH = "/akun/surel";
    static final String FORM = "emailForm";

    private final EmailAddresses addresses;

    EmailPage(EmailAddresses addresses) {
        this.addresses = addresses;
    }

    @InitBinder(FORM)
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("email");
        // surrounding spaces are dropped, and an empty field means no address
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal Actor actor, Model model) {
        EmailForm form = new EmailForm();
        form.setEmail(addresses.of(actor.accountId()).orElse(null));
        model.addAttribute(FORM, form);
        return VIEW;
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute(FORM) EmailForm form,
                BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        addresses.change(actor, form.getEmail());
        redirect.addFlashAttribute("successKey", form.getEmail() == null
                ? "notification.email.removed" : "notification.email.saved");
        return "redirect:" + PATH;
    }

    /** An empty address removes the one given before. */
    public static class EmailForm {

        @Size(max = 254, message = "{notification.email.tooLong}")
        // beyond what @Email accepts, a domain with a dot: an address the institution's server can deliver to
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{notification.email.invalid}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
