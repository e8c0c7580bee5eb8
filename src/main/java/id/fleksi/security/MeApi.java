package id.fleksi.security;

import id.fleksi.organisation.EmployeeProfile;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitRef;
import id.fleksi.policy.Policies;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The signed-in account: who they are, their password, their acknowledgement of the code of conduct. */
@ApiController("/api/me")
class MeApi {

    private final Organisation organisation;
    private final Policies policies;
    private final PasswordChange passwordChange;
    private final Clock clock;

    MeApi(Organisation organisation, Policies policies, PasswordChange passwordChange, Clock clock) {
        this.organisation = organisation;
        this.policies = policies;
        this.passwordChange = passwordChange;
        this.clock = clock;
    }

    @GetMapping
    Me me(@AuthenticationPrincipal FleksiUser user) {
        Optional<EmployeeProfile> employee = Optional.ofNullable(user.employeeId()).flatMap(organisation::profile);
        return new Me(user.getUsername(), employee.map(EmployeeProfile::nip).orElse(null), user.displayName(),
                user.roles().stream().map(Role::name).toList(), employee.map(EmployeeProfile::unit).orElse(null),
                employee.map(EmployeeProfile::unitsHeaded).orElse(List.of()), user.mustChangePassword(),
                policies.codeOfConductAcknowledged(user.accountId(), LocalDate.now(clock)));
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal FleksiUser user,
                                        @RequestBody NewPassword body) {
        // the API keeps no session: every session of the account's pages ends
        passwordChange.change(user, body.currentPassword(), body.newPassword(), null).ifPresent(refusal -> {
            throw ApiProblem.field(refusal.field(), refusal.messageKey());
        });
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/code-of-conduct")
    ResponseEntity<Void> acknowledgeCodeOfConduct(@AuthenticationPrincipal FleksiUser user) {
        if (!policies.acknowledgeCodeOfConduct(user, LocalDate.now(clock))) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "problem.detail.409.noPolicy");
        }
        return ResponseEntity.noContent().build();
    }

    record Me(String username, String nip, String name, List<String> roles, UnitRef unit,
              List<UnitRef> unitsHeaded, boolean mustChangePassword, boolean codeOfConductAcknowledged) {
    }

    record NewPassword(String currentPassword, String newPassword) {
    }
}
