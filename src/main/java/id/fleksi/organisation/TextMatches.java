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
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Text that matches {@code regexp} once the spaces around it are removed and, with {@code upperCase}, once it is
 * written in capitals, the way it is stored. An empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = TextMatches.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextMatches {

    String regexp();

    boolean upperCase() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TextMatches, String> {

        private Pattern pattern;
        private boolean upperCase;

        @Override
        public void initialize(TextMatches constraint) {
            pattern = Pattern.compile(constraint.regexp());
            upperCase = constraint.upperCase();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String text = upperCase ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
            return pattern.matcher(text).matches();
        }
    }
}
