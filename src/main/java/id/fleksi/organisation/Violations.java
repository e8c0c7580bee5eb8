package id.fleksi.organisation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints of an input as the organisation's field problems: each message template is one key of the
 * bundles ({@code {org.error.required}}), and the arguments of its message travel with the violation, so that the
 * page, the API and the import report write the message in their reader's language as before.
 */
final class Violations {

    private Violations() {
    }

    /**
     * Validates an input record and answers its problems, at most one per field, in the order of the record's
     * components.
     */
    static List<FieldProblem> of(Validator validator, Record input, Class<?>... groups) {
        return inOrder(problems(validator.validate(input, groups)), input.getClass());
    }

    /** Field problems sorted by the order of the record's components; problems of no component come last. */
    static List<FieldProblem> inOrder(List<FieldProblem> problems, Class<?> record) {
        List<String> order = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(problem -> {
            int at = order.indexOf(problem.field());
            return at < 0 ? order.size() : at;
        }));
        return List.copyOf(sorted);
    }

    /** The violations as field problems, the first (by message key) of each field. */
    private static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        violations.stream()
                .map(Violations::problem)
                .sorted(Comparator.comparing(FieldProblem::messageKey))
                .forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        return List.copyOf(byField.values());
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{") || !template.endsWith("}") || template.indexOf('{', 1) >= 0) {
            throw new IllegalStateException("A constraint's message must be one key of the bundles: " + template);
        }
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        List<?> args = hibernate.getDynamicPayload(List.class);
        // a value of a list is told beside the list: items[1].<list element> is the field items
        String field = violation.getPropertyPath().toString().replaceFirst("\\[\\d*]\\.<list element>$", "");
        return new FieldProblem(field, template.substring(1, template.length() - 1),
                args == null ? List.of() : args.stream().map(String::valueOf).toList());
    }

    /**
     * Reports the constraint's own message with arguments: {@code {0}}, {@code {1}}… of the message, both when
     * Bean Validation writes it and when a page or the API writes it from the key.
     *
     * @param field the property the message belongs to, for a constraint on a whole record; {@code null} for the
     *              annotated field itself
     */
    static void reject(ConstraintValidatorContext context, String field, String... args) {
        rejectWith(context, context.getDefaultConstraintMessageTemplate(), field, args);
    }

    /** Reports another message of the bundles, such as the part of a NIP that is wrong. */
    static void rejectWith(ConstraintValidatorContext context, String template, String field, String... args) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i < args.length; i++) {
            hibernate.addMessageParameter(String.valueOf(i), args[i]);
        }
        hibernate.withDynamicPayload(List.of(args));
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate(template);
        if (field == null) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(field).addConstraintViolation();
        }
    }
}
