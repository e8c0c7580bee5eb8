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
 * A period whose end, when both dates are valid ISO-8601 text, does not lie before its start; the message goes
 * to the field {@code to}.
 */
@Documented
@Constraint(validatedBy = EndNotBeforeStart.Check.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EndNotBeforeStart {

    String message() default "{personnel.error.toBeforeFrom}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An input with a start and an optional end, both as text. */
    interface Period {

        String from();

        String to();
    }

    final class Check implements ConstraintValidator<EndNotBeforeStart, Period> {

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            var from = DateText.Check.parse(period.from(), false);
            var to = DateText.Check.parse(period.to(), false);
            if (from.isEmpty() || to.isEmpty() || !to.get().isBefore(from.get())) {
                return true;
            }
            Violations.reject(context, "to");
            return false;
        }
    }
}
