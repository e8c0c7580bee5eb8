package id.fleksi.organisation;

import id.fleksi.organisation.EmployeeAdministration.NewEmployeeInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints of the organisation's inputs, each on both sides of its limit, and their messages as the pages,
 * the API and the import write them from the bundles, in Indonesian and English.
 */
class FieldConstraintsTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Locale EN = Locale.ENGLISH;
    private static final String NIP = "198808122010042002";
    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"),
            ZoneId.of("Asia/Jakarta"));

    private final ResourceBundleMessageSource messages = messages();
    private final LocalValidatorFactoryBean validator = validator(DECEMBER_2026);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/organisation", "i18n/personnel");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private LocalValidatorFactoryBean validator(Clock clock) {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        factory.setValidationMessageSource(messages);
        factory.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> clock));
        factory.afterPropertiesSet();
        return factory;
    }

    private static EmployeeChecks.Fields fields(String name, String type, String positionSince, String domicile) {
        return new EmployeeChecks.Fields(name, type, "BAPPEDA", "Analis", positionSince, domicile);
    }

    private static NewEmployeeInput employee(String nip, String password) {
        return new NewEmployeeInput(nip, "Citra", "PNS", "BAPPEDA", "Analis", "2024-01-31", null, password);
    }

    /** The one problem of the input: its field, and its message in both languages. */
    private List<String> problem(Record input, Class<?>... groups) {
        List<FieldProblem> problems = Violations.of(validator, input, groups);
        assertThat(problems).hasSize(1);
        FieldProblem problem = problems.get(0);
        Object[] args = problem.args().toArray();
        return List.of(problem.field(), messages.getMessage(problem.messageKey(), args, ID),
                messages.getMessage(problem.messageKey(), args, EN));
    }

    @Test
    void aNipIsCheckedPartByPartOnTheValidatorsDay() {
        assertThat(Violations.of(validator, employee(" " + NIP + " ", "sandi-awal-1"))).isEmpty();
        assertThat(problem(employee("198808122010043002", "sandi-awal-1"))).containsExactly("nip",
                "Digit 15 (jenis kelamin 3) harus 1 (laki-laki) atau 2 (perempuan).",
                "Digit 15 (gender 3) must be 1 (male) or 2 (female).");
        assertThat(problem(employee(" ", "sandi-awal-1")))
                .containsExactly("nip", "NIP wajib diisi.", "The NIP is required.");

        // appointed January 2027: not yet in December 2026, valid from then on
        String appointedNextMonth = "199001012027011001";
        assertThat(problem(employee(appointedNextMonth, "sandi-awal-1"))).containsExactly("nip",
                "Digit 9–14 (bulan pengangkatan 2027-01) belum terjadi.",
                "Digits 9–14 (month of appointment 2027-01) lie in the future.");
        LocalValidatorFactoryBean inJanuary = validator(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"),
                ZoneId.of("Asia/Jakarta")));
        assertThat(Violations.of(inJanuary, employee(appointedNextMonth, "sandi-awal-1"))).isEmpty();
    }

    @Test
    void requiredFieldsAndTextLengthsCountWithoutTheSpacesAround() {
        String longest = "n".repeat(EmployeeChecks.MAX_NAME);
        assertThat(Violations.of(validator, fields("  " + longest + "  ", "PNS", "2024-01-31", null))).isEmpty();
        assertThat(problem(fields(longest + "n", "PNS", "2024-01-31", null)))
                .containsExactly("name", "Paling banyak 200 karakter.", "At most 200 characters.");
        assertThat(problem(fields(" \t", "PNS", "2024-01-31", null)))
                .containsExactly("name", "Wajib diisi.", "Required.");
        assertThat(problem(fields("Citra", "PNS", "2024-01-31", "d".repeat(EmployeeChecks.MAX_DOMICILE + 1))))
                .containsExactly("domicile", "Paling banyak 500 karakter.", "At most 500 characters.");
        assertThat(problem(new PersonnelInput.Circumstance("Cuti", "2026-11-01", "2026-11-30", "a".repeat(201))))
                .containsExactly("approvedBy", "Terlalu panjang: paling banyak 200 karakter.",
                        "Too long: at most 200 characters.");
        assertThat(Violations.of(validator, new PersonnelInput.Circumstance("Cuti", "2026-11-01", "2026-11-30",
                "a".repeat(200)))).isEmpty();
    }

    @Test
    void aChoiceIsOneOfItsSetInAnyCase() {
        assertThat(Violations.of(validator, fields("Citra", "pppk paruh-waktu", "2024-01-31", null))).isEmpty();
        assertThat(problem(fields("Citra", "HONORER", "2024-01-31", null))).containsExactly("type",
                "Jenis pegawai \"HONORER\" tidak dikenal. Isi PNS, PPPK, atau PPPK_PARUH_WAKTU.",
                "Unknown employee type \"HONORER\". Use PNS, PPPK or PPPK_PARUH_WAKTU.");

        assertThat(Violations.of(validator, new PersonnelInput.Performance("2025", "baik"))).isEmpty();
        assertThat(problem(new PersonnelInput.Performance("2025", "LUAR_BIASA"))).containsExactly("predikat",
                "Pilih salah satu predikat: SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, atau SANGAT_KURANG.",
                "Choose one of SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG.");

        assertThat(Violations.of(validator, new PersonnelInput.Infrastructure("TRUE", null))).isEmpty();
        assertThat(problem(new PersonnelInput.Infrastructure("ya", null))).containsExactly("ready",
                "Pilih siap atau belum siap (true atau false).", "Choose ready or not ready (true or false).");
        assertThat(problem(new PersonnelInput.Infrastructure("", null))).containsExactly("ready",
                "Pilih siap atau belum siap (true atau false).", "Choose ready or not ready (true or false).");
    }

    @Test
    void datesAreIsoAndForEmployeesAlsoDayFirst() {
        assertThat(Violations.of(validator, fields("Citra", "PNS", "31/12/2023", null))).isEmpty();
        assertThat(problem(fields("Citra", "PNS", "2023-02-30", null))).containsExactly("positionSince",
                "Tanggal \"2023-02-30\" tidak valid. Tulis sebagai TTTT-BB-HH (mis. 2024-01-31) atau HH/BB/TTTT.",
                "The date \"2023-02-30\" is not valid. Write it as YYYY-MM-DD (e.g. 2024-01-31) or DD/MM/YYYY.");

        assertThat(Violations.of(validator, new PersonnelInput.Discipline("2026-11-02", null, "SERVING", null, null)))
                .isEmpty();
        assertThat(problem(new PersonnelInput.Discipline("02/11/2026", null, "SERVING", null, null)))
                .containsExactly("from", "Tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-11-23.",
                        "Write the date as YYYY-MM-DD, for example 2026-11-23.");
    }

    @Test
    void anEndMayBeTheStartButNotBeforeIt() {
        assertThat(Violations.of(validator, new PersonnelInput.Discipline("2026-11-02", "2026-11-02", "SERVING",
                null, null))).isEmpty();
        assertThat(problem(new PersonnelInput.Discipline("2026-11-02", "2026-11-01", "SERVING", null, null)))
                .containsExactly("to", "Tanggal selesai tidak boleh sebelum tanggal mulai.",
                        "The end date must not be before the start date.");
    }

    @Test
    void aYearIsAWholeNumberWithinItsRange() {
        assertThat(Violations.of(validator, new PersonnelInput.Performance(" 2100 ", "BAIK"))).isEmpty();
        for (String year : List.of("2101", "1999", "dua ribu")) {
            assertThat(problem(new PersonnelInput.Performance(year, "BAIK"))).containsExactly("year",
                    "Tulis tahun antara 2000 dan 2100.", "Give a year between 2000 and 2100.");
        }
    }

    @Test
    void codesMatchTheirPatternAsTheyAreStored() {
        assertThat(Violations.of(validator, new PersonnelInput.Criterion(" kinerja_1 ", "false", null))).isEmpty();
        assertThat(problem(new PersonnelInput.Criterion("kode salah!", "false", null))).containsExactly("code",
                "Kode kriteria terdiri dari 1–40 huruf, angka, garis bawah, atau tanda hubung.",
                "A criterion code has 1–40 letters, digits, underscores or hyphens.");

        assertThat(Violations.of(validator, new UnitAdministration.NewUnit("bkpsdm-2", "BKPSDM", null, "WIB", null)))
                .isEmpty();
        assertThat(problem(new UnitAdministration.NewUnit("BKPSDM_2", "BKPSDM", null, "WIB", null)))
                .containsExactly("code",
                        "Kode unit hanya boleh berisi huruf besar, angka, dan tanda hubung (-), paling banyak 30 karakter.",
                        "A unit code holds only capital letters, digits and hyphens (-), at most 30 characters.");
    }

    @Test
    void aUnitsZoneIsAnIanaIdOrItsAbbreviation() {
        assertThat(Violations.of(validator, new UnitAdministration.UnitChange("BKPSDM", null, "wita", null)))
                .isEmpty();
        assertThat(Violations.of(validator, new UnitAdministration.UnitChange("BKPSDM", null, "Asia/Jayapura", null)))
                .isEmpty();
        assertThat(problem(new UnitAdministration.UnitChange("BKPSDM", null, "GMT+8", null))).containsExactly(
                "timeZone",
                "Zona waktu \"GMT+8\" tidak dikenal. Pilih Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT).",
                "Unknown time zone \"GMT+8\". Choose Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).");
    }

    @Test
    void anInitialPasswordIsLongEnoughNotTooLongAndNotTheNip() {
        Class<?>[] withPassword = {Default.class, NewEmployeeInput.WithPassword.class};
        assertThat(Violations.of(validator, employee(NIP, "sandi-01"), withPassword)).isEmpty();
        assertThat(problem(employee(NIP, "sandi-1"), withPassword)).containsExactly("password",
                "Kata sandi awal minimal 8 karakter.", "The initial password needs at least 8 characters.");
        assertThat(Violations.of(validator, employee(NIP, "s".repeat(72)), withPassword)).isEmpty();
        assertThat(problem(employee(NIP, "é".repeat(37)), withPassword))
                .containsExactly("password", "Paling banyak 72 karakter.", "At most 72 characters.");
        assertThat(problem(employee(NIP, " " + NIP), withPassword)).containsExactly("password",
                "Kata sandi awal tidak boleh sama dengan NIP.", "The initial password must not be the NIP.");
        assertThat(problem(employee(NIP, null), withPassword))
                .containsExactly("password", "Wajib diisi.", "Required.");
        // an import makes the password of a row without one
        assertThat(Violations.of(validator, employee(NIP, null))).isEmpty();
    }

    @Test
    void theMinimumLengthOfAPasswordIsTheApplicationsSetting() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("fleksi.security.min-password-length", "10")));
            context.registerBean(LocalValidatorFactoryBean.class);
            context.refresh();
            LocalValidatorFactoryBean configured = context.getBean(LocalValidatorFactoryBean.class);

            List<FieldProblem> problems = Violations.of(configured, employee(NIP, "sandi-012"), Default.class,
                    NewEmployeeInput.WithPassword.class);
            assertThat(problems).containsExactly(FieldProblem.of("password", "org.employee.error.passwordShort", "10"));
            assertThat(Violations.of(configured, employee(NIP, "sandi-0123"), Default.class,
                    NewEmployeeInput.WithPassword.class)).isEmpty();
        }
    }

    @Test
    void problemsComeOnePerFieldInTheOrderOfTheFields() {
        List<FieldProblem> problems = Violations.of(validator, new UnitAdministration.NewUnit("", " ", null,
                "Mars/Olympus", null));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("code", "name", "timeZone");
        assertThat(problems.get(2)).isEqualTo(FieldProblem.of("timeZone", "org.unit.error.timeZone", "Mars/Olympus"));
    }

    /** Bean Validation writes the same text from the bundles, in the language of the request. */
    @Test
    void theValidatorsOwnMessagesComeFromTheBundles() {
        EmployeeChecks.Fields tooLong = fields("n".repeat(201), "PNS", "2024-01-31", null);
        LocaleContextHolder.setLocale(EN);
        assertThat(messagesOf(tooLong)).containsExactly("At most 200 characters.");
        LocaleContextHolder.setLocale(ID);
        assertThat(messagesOf(tooLong)).containsExactly("Paling banyak 200 karakter.");
        assertThat(messagesOf(employee("198808122010043002", null)))
                .containsExactly("Digit 15 (jenis kelamin 3) harus 1 (laki-laki) atau 2 (perempuan).");
    }

    private List<String> messagesOf(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }
}
