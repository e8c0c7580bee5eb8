package id.fleksi.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One of the three time zones of a unit: its IANA id (Asia/Makassar) or its abbreviation (WITA), see
 * {@link UnitZone#named}. {@code {0}} of the message is the text given. An empty value is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidZone.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidZone {

    String message() default "{org.unit.error.timeZone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ValidZone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || UnitZone.named(value).isPresent()) {
                return true;
            }
            Violations.reject(context, null, value.strip());
            return false;
        }
    }
}
