package id.fleksi.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.List;
import java.util.Set;

/**
 * On the first start of an installation with its own database, creates the PPK account given in
 * {@code fleksi.security.initial-ppk.*}; its password must be changed at the first sign-in. With
 * {@code fleksi.security.initial-ppk.reset=true}, an existing PPK account of that username gets the password as a
 * new initial one instead (the operator's way back in for a PPK who forgot theirs).
 */
@Component
@Order(100)
class InitialPpkAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialPpkAccount.class);

    private final AccountSetup setup;
    private final SecuritySettings settings;
    private final PasswordResets resets;

    InitialPpkAccount(AccountSetup setup, SecuritySettings settings, PasswordResets resets) {
        this.setup = setup;
        this.settings = settings;
        this.resets = resets;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecuritySettings.InitialPpk ppk = settings.initialPpk();
        boolean given = ppk != null && StringUtils.hasText(ppk.username()) && StringUtils.hasText(ppk.password());
        if (setup.anyAccountWith(Role.PPK)) {
            if (given && ppk.reset()) {
                check(ppk);
                resets.resetPpk(ppk.username(), ppk.password());
            }
            return;
        }
        if (!given) {
            log.warn("No PPK account exists yet. Set FLEKSI_SECURITY_INITIAL_PPK_USERNAME and "
                    + "FLEKSI_SECURITY_INITIAL_PPK_PASSWORD and restart to create one.");
            return;
        }
        check(ppk);
        setup.createAll(List.of(new NewAccount(ppk.username(), ppk.name(), null, Set.of(Role.PPK),
                ppk.password(), true)));
        log.info("Created the initial PPK account '{}'; its password must be changed at the first sign-in",
                ppk.username());
    }

    private void check(SecuritySettings.InitialPpk ppk) {
        if (ppk.password().length() < settings.minPasswordLength()) {
            throw new IllegalStateException("fleksi.security.initial-ppk.password must have at least "
                    + settings.minPasswordLength() + " characters");
        }
        if (ppk.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new IllegalStateException("fleksi.security.initial-ppk.password may have at most 72 bytes "
                    + "(bcrypt reads no more)");
        }
    }
}
