package id.fleksi.security;

import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * HR resets an employee's password ({@code /pegawai/{nip}/atur-ulang-sandi}): a page says what will happen and
 * asks to confirm; the answer shows the new one-time initial password once, never again and never in an address.
 * Anyone who forgot theirs reads what to do on {@code /lupa-kata-sandi}.
 */
@PageController
class PasswordResetPage {

    static final String VIEW = "account/password-reset";
    static final String VIEW_FORGOTTEN = "account/password-forgotten";

    private final PasswordResets resets;

    PasswordResetPage(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/pegawai/{nip}/atur-ulang-sandi")
    String confirm(@AuthenticationPrincipal FleksiUser hr, @PathVariable String nip, Model model) {
        model.addAttribute("target", target(hr, nip));
        return VIEW;
    }

    @PostMapping("/pegawai/{nip}/atur-ulang-sandi")
    String reset(@AuthenticationPrincipal FleksiUser hr, @PathVariable String nip, Model model) {
        PasswordResets.Target target = target(hr, nip);
        model.addAttribute("target", target);
        if (target.refusal() == null) {
            model.addAttribute("initialPassword", resets.reset(hr, target));
        }
        return VIEW;
    }

    @GetMapping("/lupa-kata-sandi")
    String forgotten() {
        return VIEW_FORGOTTEN;
    }

    private PasswordResets.Target target(FleksiUser hr, String nip) {
        return resets.target(hr, nip).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
