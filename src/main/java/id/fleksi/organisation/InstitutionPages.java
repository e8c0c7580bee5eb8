package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The institution's letterhead and the signatory of the PPK's reports, in the browser, for the PPK and HR. */
@PageController
class InstitutionPages {

    static final String VIEW = "organisation/institution";
    static final String FORM = "institutionForm";

    private final InstitutionSettings settings;

    InstitutionPages(InstitutionSettings settings) {
        this.settings = settings;
    }

    @InitBinder(FORM)
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "shortName", "address", "contact", "place", "signatoryName",
                "signatoryTitle", "signatoryNip", "version");
    }

    @GetMapping("/pengaturan/instansi")
    String show(Model model) {
        InstitutionProfile profile = settings.profile();
        model.addAttribute(FORM, new InstitutionForm(profile.name(), profile.shortName(), profile.address(),
                profile.contact(), profile.place(), profile.signatoryName(), profile.signatoryTitle(),
                profile.signatoryNip(), String.valueOf(profile.version())));
        return VIEW;
    }

    @PostMapping("/pengaturan/instansi")
    String save(@AuthenticationPrincipal Actor actor, @ModelAttribute(FORM) InstitutionForm form,
                BindingResult errors, RedirectAttributes redirect) {
        Long version = Forms.version(form.version());
        if (version == null) {
            // the page always sends the version it showed; without it, two people's saves could overwrite each other
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            settings.update(actor, new InstitutionSettings.Input(form.name(), form.shortName(), form.address(),
                    form.contact(), form.place(), form.signatoryName(), form.signatoryTitle(), form.signatoryNip()),
                    version);
            redirect.addFlashAttribute("successKey", "org.institution.saved");
            return "redirect:/pengaturan/instansi";
        } catch (Refusal refusal) {
            Forms.reject(errors, refusal);
            return VIEW;
        }
    }

    /** Every field as text, so that binding never fails; checked by {@link InstitutionSettings}. */
    record InstitutionForm(String name, String shortName, String address, String contact, String place,
                           String signatoryName, String signatoryTitle, String signatoryNip, String version) {
    }
}
