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
 * A whole number from {@code min} to {@code max}, as text; {@code {0}} of the message is the text given. An empty
 * value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    int min() default Integer.MIN_VALUE;

    int max() default Integer.MAX_VALUE;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<WholeNumber, String> {

        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber constraint) {
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= min && number <= max) {
                    return true;
                }
            } catch (NumberFormatException notANumber) {
                // refused below like a number out of range
            }
            Violations.reject(context, null, value.strip());
            return false;
        }
    }
}
