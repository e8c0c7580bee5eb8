package id.fleksi.security;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's API tokens on a page: made with a name and a lifetime, shown once, listed with their expiry and last
 * use, revoked after a confirmation. The secret is written into the answer to the form and nowhere else: not into
 * the session, not into the audit trail.
 */
@PageController
class TokenPage {

    static final String PATH = "/akun/token";
    static final String VIEW = "account/tokens";
    static final String REVOKE_VIEW = "account/token-revoke";
    static final String FORM = "tokenForm";

    private final ApiTokens tokens;
    private final Clock clock;

    TokenPage(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token as the list shows it, times in WIB. */
    record Row(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime lastUsedAt,
               boolean expired) {

        static Row of(ApiTokens.TokenView token, Instant now) {
            return new Row(token.id(), token.name(), wib(token.createdAt()), wib(token.expiresAt()),
                    token.lastUsedAt() == null ? null : wib(token.lastUsedAt()), token.expiredAt(now));
        }
    }

    @InitBinder(FORM)
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "expiresInDays");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal FleksiUser user, Model model) {
        model.addAttribute(FORM, new TokenForm());
        return list(user, model);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal FleksiUser user, @ModelAttribute(FORM) TokenForm form,
                  BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            tokens.check(form.getName(), form.getExpiresInDays(), user.accountId())
                    .ifPresent(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
        }
        if (errors.hasErrors()) {
            return list(user, model);
        }
        ApiTokens.CreatedToken created = tokens.create(user, form.getName(), form.getExpiresInDays());
        model.addAttribute("created", created);
        model.addAttribute("createdExpiresAt", wib(created.expiresAt()));
        model.addAttribute(FORM, new TokenForm());
        return list(user, model);
    }

    @GetMapping(PATH + "/{id}/cabut")
    String confirmRevoke(@AuthenticationPrincipal FleksiUser user, @PathVariable long id, Model model) {
        ApiTokens.TokenView token = tokens.find(user.accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("token", Row.of(token, clock.instant()));
        return REVOKE_VIEW;
    }

    @PostMapping(PATH + "/{id}/cabut")
    String revoke(@AuthenticationPrincipal FleksiUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(user, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("successKey", "token.revoked");
        return "redirect:" + PATH;
    }

    private String list(FleksiUser user, Model model) {
        Instant now = clock.instant();
        List<Row> rows = tokens.of(user.accountId()).stream().map(token -> Row.of(token, now)).toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return VIEW;
    }

    private static LocalDateTime wib(Instant at) {
        return LocalDateTime.ofInstant(at, InstitutionTime.ZONE);
    }

    /** The name and lifetime of a new token; both may be left empty. */
    public static class TokenForm {

        private String name;
        private Integer expiresInDays = ApiTokens.DEFAULT_DAYS;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getExpiresInDays() {
            return expiresInDays;
        }

        public void setExpiresInDays(Integer expiresInDays) {
            this.expiresInDays = expiresInDays;
        }
    }
}
