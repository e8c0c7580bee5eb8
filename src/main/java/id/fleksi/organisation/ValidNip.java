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
import java.time.LocalDate;

/**
 * A NIP of a new employee: 18 digits whose parts (birth date, month of appointment, gender, serial number) are
 * valid on the day of the check ({@link Nip#check}); the message names the first wrong part. An empty value is
 * refused too, with the NIP's own message.
 */
@Documented
@Constraint(validatedBy = ValidNip.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNip {

    String message() default "{org.nip.error.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ValidNip, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Nip.Check check = Nip.check(value, LocalDate.now(context.getClockProvider().getClock()));
            if (check.valid()) {
                return true;
            }
            Violations.rejectWith(context, "{" + check.messageKey() + "}", null, check.args().toArray(String[]::new));
            return false;
        }
    }
}
