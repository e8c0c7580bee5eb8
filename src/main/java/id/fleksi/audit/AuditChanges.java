package id.fleksi.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a recorded change changed, field by field: the top-level fields of the before and after states
 * whose values differ. A created record shows all its fields as new, a removed one all as gone.
 */
public final class AuditChanges {

    private AuditChanges() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        boolean beforeObject = before != null && before.isObject();
        boolean afterObject = after != null && after.isObject();
        if (!beforeObject && !afterObject) {
            return before == null && after == null ? List.of()
                    : List.of(new Change("", text(before), text(after)));
        }
        Set<String> fields = new LinkedHashSet<>();
        if (beforeObject) {
            fields.addAll(before.propertyNames());
        }
        if (afterObject) {
            fields.addAll(after.propertyNames());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = beforeObject ? before.get(field) : null;
            JsonNode now = afterObject ? after.get(field) : null;
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(new Change(field, text(old), text(now)));
            }
        }
        return changes;
    }

    static JsonNode parse(JsonMapper json, String state) {
        return state == null ? null : json.readTree(state);
    }

    private static final int LONGEST = 300;

    /** A value as a person reads it: text without quotes, anything else as JSON; {@code null} when absent. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        // a long list (the codes of an import) is cut for reading; the API gives the whole state
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "\u2026" : text;
    }

    /**
     * One changed field.
     *
     * @param field  the field's name
     * @param before its value before, {@code null} when it had none
     * @param after  its value after, {@code null} when it has none
     */
    public record Change(String field, String before, String after) {
    }
}
