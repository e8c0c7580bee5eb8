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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date as text: ISO-8601 (2024-01-31) and, with {@code dayFirst}, also as a spreadsheet in an Indonesian
 * locale writes it (31/01/2024). {@code {0}} of the message is the text given. An empty value is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateText {

    boolean dayFirst() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<DateText, String> {

        private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);

        private boolean dayFirst;

        @Override
        public void initialize(DateText constraint) {
            dayFirst = constraint.dayFirst();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || parse(value, dayFirst).isPresent()) {
                return true;
            }
            Violations.reject(context, null, value.strip());
            return false;
        }

        /** The date of the text; empty when it is none (or empty). */
        static Optional<LocalDate> parse(String value, boolean dayFirst) {
            if (value == null) {
                return Optional.empty();
            }
            List<DateTimeFormatter> formats = dayFirst ? List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST)
                    : List.of(DateTimeFormatter.ISO_LOCAL_DATE);
            for (DateTimeFormatter format : formats) {
                try {
                    return Optional.of(LocalDate.parse(value.strip(), format));
                } catch (DateTimeParseException notThisFormat) {
                    // try the next one
                }
            }
            return Optional.empty();
        }
    }
}
