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
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One of a fixed set of choices, as text in any case: the names of an enum ({@code of}) or the given
 * {@code values}; with {@code looseSeparators} a space or a dash stands for an underscore. {@code {0}} of the
 * message is the text given. An empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = Choice.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Choice {

    Class<? extends Enum<?>> of() default None.class;

    String[] values() default {};

    boolean looseSeparators() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** No enum: the choices are the {@code values}. */
    enum None {
    }

    final class Check implements ConstraintValidator<Choice, String> {

        private Set<String> choices;
        private boolean loose;

        @Override
        public void initialize(Choice constraint) {
            choices = Stream.concat(Arrays.stream(constraint.of().getEnumConstants()).map(Enum::name),
                            Arrays.stream(constraint.values()))
                    .map(choice -> choice.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            loose = constraint.looseSeparators();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || choices.contains(normal(value, loose))) {
                return true;
            }
            Violations.reject(context, null, value.strip());
            return false;
        }

        /** The choice a valid text names, as the enum names it. */
        static <E extends Enum<E>> E parse(Class<E> type, String value, boolean looseSeparators) {
            return Enum.valueOf(type, normal(value, looseSeparators));
        }

        private static String normal(String value, boolean loose) {
            String upper = value.strip().toUpperCase(Locale.ROOT);
            return loose ? upper.replace(' ', '_').replace('-', '_') : upper;
        }
    }
}
