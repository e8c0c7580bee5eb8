package id.fleksi.policy;

import id.fleksi.rules.Regulation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A version of the determination as lines a person reads: each field with its label, article, short
 * explanation and value in the reader's language. The version page shows them; the compare page puts two
 * versions' lines side by side and marks those that differ.
 */
@Component
class PolicyRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final MessageSource messages;
    private final InstitutionUnits units;

    PolicyRows(MessageSource messages, InstitutionUnits units) {
        this.messages = messages;
        this.units = units;
    }

    List<Row> of(PolicyVersion version, Locale locale) {
        Map<String, String> unitNames = units.all();
        int cap = Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(version.effectiveFrom());
        List<Row> rows = new ArrayList<>();
        for (PolicyField field : PolicyField.values()) {
            rows.add(new Row(field.property(), say(field.labelKey(), locale), field.article(),
                    say(field.helpKey(), locale, field.article(), cap), values(field, version, unitNames, locale)));
        }
        return rows;
    }

    /** Two versions' lines side by side, each marked when its values differ. */
    List<Pair> compare(PolicyVersion a, PolicyVersion b, Locale locale) {
        List<Row> left = of(a, locale);
        List<Row> right = of(b, locale);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            pairs.add(new Pair(left.get(i), right.get(i), !left.get(i).values().equals(right.get(i).values())));
        }
        return pairs;
    }

    private List<String> values(PolicyField field, PolicyVersion v, Map<String, String> unitNames, Locale locale) {
        return switch (field) {
            case EFFECTIVE_FROM -> List.of(v.effectiveFrom().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                    locale)));
            case DECREE_NUMBER -> List.of(v.decreeNumber());
            case TRIAL_ENDS_ON -> List.of(v.trial() ? say("policy.value.trialUntil", locale,
                    v.trialEndsOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)))
                    : say("policy.value.noTrial", locale));
            case LOKASI_ENABLED -> List.of(enabled(v.lokasiEnabled(), locale));
            case ALLOWED_LOCATIONS -> orNone(v.allowedLocations().stream()
                    .map(kind -> say("policy.location." + kind.name(), locale)).toList(), locale);
            case MAX_LOKASI_DAYS -> List.of(say("policy.maxLokasiDays.value", locale, v.maxLokasiDaysPerWeek()));
            case LOKASI_PERCENT_CAP -> List.of(say("policy.percent", locale, v.lokasiPercentCap()));
            case FIXED_LOKASI_WEEKDAYS -> v.fixedLokasiWeekdays().isEmpty()
                    ? List.of(say("policy.value.weekdaysFree", locale))
                    : List.of(String.join(", ", v.fixedLokasiWeekdays().stream()
                    .map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList()));
            case SIF_ENABLED -> List.of(enabled(v.sifEnabled(), locale));
            case SIF_UNITS -> orNone(v.sifUnitCodes().stream()
                    .map(code -> unitNames.containsKey(code) ? code + " \u2013 " + unitNames.get(code) : code)
                    .toList(), locale);
            case DINAMIS_ENABLED -> List.of(enabled(v.dinamisEnabled(), locale));
            case DINAMIS -> dinamis(v.dinamis(), locale);
            case LATE_START -> List.of(v.lateStartMaxMinutes() == 0 ? say("policy.value.lateStartNone", locale)
                    : say("policy.value.lateStart", locale, v.lateStartMaxMinutes()));
            case PLAN_DEADLINE -> List.of(say("policy.value.planDeadline", locale,
                    v.planDeadline().weekday().getDisplayName(TextStyle.FULL, locale), time(v.planDeadline().time())));
            case NEW_EMPLOYEE_MONTHS -> List.of(say("policy.value.months", locale, v.newEmployeeMonths()));
            case MIN_PREDIKAT -> List.of(v.minPredikat() == null ? say("policy.value.predikatNone", locale)
                    : say("predikat." + v.minPredikat().name(), locale));
            case MIN_OFFICE_PRESENCE -> List.of(say("policy.percent", locale, v.minOfficePresencePercent()));
            case ADDITIONAL_CRITERIA -> orNone(v.additionalCriteria().stream()
                    .map(c -> say("policy.value.criterion", locale, c.code(), c.description(), c.coordinationLetter()))
                    .toList(), locale);
            case SCOPES -> orNone(v.scopes().stream().map(scope -> scope(scope, locale)).toList(), locale);
            case CODE_OF_CONDUCT -> List.of(v.codeOfConduct());
        };
    }

    private List<String> dinamis(PolicyVersion.DinamisHours hours, Locale locale) {
        if (hours == null) {
            return List.of(say("policy.value.none", locale));
        }
        List<String> lines = new ArrayList<>();
        lines.add(say("policy.value.dinamisWindow", locale, time(hours.earliestStart()), time(hours.latestEnd())));
        if (hours.coreStart() != null && hours.coreEnd() != null) {
            lines.add(say("policy.value.dinamisCore", locale, time(hours.coreStart()), time(hours.coreEnd())));
        }
        if (hours.minMinutesPerDay() != null) {
            lines.add(say("policy.value.dinamisMinimum", locale, hours.minMinutesPerDay()));
        }
        return lines;
    }

    /** One scoped setting: its rule and article, what it sets, and whom it applies to. */
    String scope(PolicyScope scope, Locale locale) {
        String what = switch (scope.setting()) {
            case KRITERIA_TAMBAHAN -> say("policy.value.scope.criterion", locale, scope.criterionCode());
            case DINAMIS_JAM -> String.join("; ", dinamis(scope.dinamis(), locale));
            case LAYANAN_MINIMUM -> say("policy.percent", locale, scope.minOfficePresencePercent());
        };
        return say("policy.value.scope", locale, scope.setting().name(), scope.setting().article(), what,
                scope.scope().in(locale));
    }

    private static String time(LocalTime time) {
        return time == null ? "\u2013" : time.format(TIME);
    }

    private String enabled(boolean on, Locale locale) {
        return say(on ? "policy.value.enabled" : "policy.value.disabled", locale);
    }

    private List<String> orNone(List<String> values, Locale locale) {
        return values.isEmpty() ? List.of(say("policy.value.none", locale)) : values;
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A field of a version as read: label, article (or {@code null}), explanation and value lines. */
    record Row(String field, String label, String article, String help, List<String> values) {

        Row {
            values = values.stream().filter(Objects::nonNull).toList();
        }
    }

    /** One field of two versions; {@code changed} when their values differ. */
    record Pair(Row a, Row b, boolean changed) {
    }
}
