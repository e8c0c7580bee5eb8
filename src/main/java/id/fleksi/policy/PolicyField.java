package id.fleksi.policy;

import id.fleksi.rules.LegalRef;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The fields of the determination in the order the pages show them, each with the article it rests on.
 * The label is the message {@code policy.field.<name>}, the explanation {@code policy.field.<name>.help}
 * (arguments: the article, and the regulation's cap of location days).
 */
enum PolicyField {

    EFFECTIVE_FROM("effectiveFrom", pasal("Pasal 12 ayat (4)")),
    DECREE_NUMBER("decreeNumber", pasal("Pasal 12 ayat (4)")),
    /** A trial (uji coba) until a day: the institution's own way of trying a determination; no article cited. */
    TRIAL_ENDS_ON("trialEndsOn", null),
    LOKASI_ENABLED("lokasiEnabled", pasal("Pasal 12 ayat (4)")),
    ALLOWED_LOCATIONS("allowedLocations", pasal("Pasal 12 ayat (1)")),
    MAX_LOKASI_DAYS("maxLokasiDaysPerWeek", pasal("Pasal 13 ayat (1)")),
    LOKASI_PERCENT_CAP("lokasiPercentCap", pasal("Pasal 14")),
    FIXED_LOKASI_WEEKDAYS("fixedLokasiWeekdays", pasal("Pasal 13 ayat (1)")),
    SIF_ENABLED("sifEnabled", pasal("Pasal 19 ayat (4)")),
    SIF_UNITS("sifUnitCodes", pasal("Pasal 19 ayat (4)")),
    DINAMIS_ENABLED("dinamisEnabled", pasal("Pasal 20 ayat (2)")),
    DINAMIS("dinamis", pasal("Pasal 20 ayat (2)")),
    LATE_START("lateStartMaxMinutes", pasal("Pasal 3 ayat (6)")),
    /** When next week's plan is due: the institution's own arrangement; the regulation sets no deadline. */
    PLAN_DEADLINE("planDeadline", null),
    NEW_EMPLOYEE_MONTHS("newEmployeeMonths", pasal("Pasal 25 ayat (3)")),
    MIN_PREDIKAT("minPredikat", pasal("Pasal 8 ayat (2)\u2013(3)")),
    MIN_OFFICE_PRESENCE("minOfficePresencePercent", pasal("Pasal 27")),
    ADDITIONAL_CRITERIA("additionalCriteria", pasal("Pasal 26")),
    /** Settings applied to part of the institution only; each line names its own article. */
    SCOPES("scopes", pasal("Pasal 26")),
    /** The regulation sets a code of conduct; its text is the institution's, and no article is cited here. */
    CODE_OF_CONDUCT("codeOfConduct", null);

    private final String property;
    private final LegalRef article;

    PolicyField(String property, LegalRef article) {
        this.property = property;
        this.article = article;
    }

    String property() {
        return property;
    }

    /** The article, e.g. "Pasal 14", or {@code null} where none is cited. */
    String article() {
        return article == null ? null : article.article();
    }

    String labelKey() {
        return "policy.field." + property;
    }

    String helpKey() {
        return "policy.field." + property + ".help";
    }
}
