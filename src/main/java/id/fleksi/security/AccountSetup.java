package id.fleksi.security;

import id.fleksi.organisation.Organisation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates accounts: the first PPK of an installation, demo accounts, and later the employees HR adds. */
@Service
public class AccountSetup {

    private final Accounts accounts;
    private final Organisation organisation;
    private final PasswordEncoder encoder;

    AccountSetup(Accounts accounts, Organisation organisation, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.encoder = encoder;
    }

    /** Creates the accounts, hashing each distinct password once (hashing is deliberately slow). */
    @Transactional
    public void createAll(List<NewAccount> newAccounts) {
        Map<String, String> hashes = new HashMap<>();
        for (NewAccount account : newAccounts) {
            Long employeeId = account.employeeNip() == null ? null
                    : organisation.employeeIdByNip(account.employeeNip()).orElseThrow(() ->
                            new IllegalArgumentException("No employee with NIP " + account.employeeNip()));
            String hash = hashes.computeIfAbsent(account.password(), encoder::encode);
            accounts.save(new Account(account.username(), account.displayName(), hash, employeeId,
                    account.roles(), account.mustChangePassword()));
        }
    }

    @Transactional(readOnly = true)
    public boolean anyAccountWith(Role role) {
        return accounts.existsByRolesContains(role);
    }
}
