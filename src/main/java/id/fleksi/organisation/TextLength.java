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
 * Text of at most {@code max} characters once the spaces around it are removed; {@code {0}} of the message is
 * the maximum. An empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = TextLength.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

    int max();

    String message() default "{org.error.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TextLength, String> {

        private int max;

        @Override
        public void initialize(TextLength constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.strip().length() <= max) {
                return true;
            }
            Violations.reject(context, null, String.valueOf(max));
            return false;
        }
    }
}
