package id.fleksi.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * The initial password of a new employee: at least {@code fleksi.security.min-password-length} characters, at
 * most {@value Check#MAX_BYTES} bytes (bcrypt reads 72 bytes of a password and refuses more: UTF-8 bytes, so fewer
 * letters outside ASCII), and not the NIP itself. The message goes to the field {@code password}; an empty
 * password is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidInitialPassword.Check.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidInitialPassword {

    String message() default "{org.employee.error.passwordShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ValidInitialPassword, EmployeeAdministration.NewEmployeeInput> {

        static final int MAX_BYTES = 72;
        static final int DEFAULT_MIN_LENGTH = 8;

        private final int minLength;

        public Check() {
            this(DEFAULT_MIN_LENGTH);
        }

        @Autowired
        public Check(@Value("${fleksi.security.min-password-length:" + DEFAULT_MIN_LENGTH + "}") int minLength) {
            this.minLength = minLength;
        }

        @Override
        public boolean isValid(EmployeeAdministration.NewEmployeeInput input, ConstraintValidatorContext context) {
            String password = input.password();
            if (password == null || password.isBlank()) {
                return true;
            }
            if (password.length() < minLength) {
                Violations.reject(context, "password", String.valueOf(minLength));
            } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                Violations.rejectWith(context, "{org.error.tooLong}", "password", String.valueOf(MAX_BYTES));
            } else if (password.strip().equals(EmployeeChecks.text(input.nip()))) {
                Violations.rejectWith(context, "{org.employee.error.passwordIsNip}", "password");
            } else {
                return true;
            }
            return false;
        }
    }
}
