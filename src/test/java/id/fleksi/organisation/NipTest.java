package id.fleksi.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of a NIP, each checked on its own, with a message that names the wrong digits. */
class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aValidNipIsReadIntoItsParts() {
        Nip.Check check = Nip.check(" 198808122010042002 ", TODAY);

        assertThat(check.valid()).isTrue();
        assertThat(check.nip().value()).isEqualTo("198808122010042002");
        assertThat(check.nip().birthDate()).isEqualTo(LocalDate.of(1988, 8, 12));
        assertThat(check.nip().appointed()).isEqualTo(YearMonth.of(2010, 4));
        assertThat(check.nip().gender()).isEqualTo(2);
        assertThat(check.nip().serial()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            199002302015011001  | org.nip.error.birthDate           | Digit 1–8 (tanggal lahir 1990-02-30) bukan tanggal yang valid.
            199001012021131001  | org.nip.error.appointmentMonth    | Digit 9–14 (bulan pengangkatan 2021-13) bukan bulan yang valid.
            199001012021001001  | org.nip.error.appointmentMonth    | Digit 9–14 (bulan pengangkatan 2021-00) bukan bulan yang valid.
            199006152008061001  | org.nip.error.appointmentTooYoung | Digit 9–14 (bulan pengangkatan 2008-06) lebih awal daripada usia 18 tahun menurut tanggal lahir 1990-06-15 pada digit 1–8.
            199001012026121001  | org.nip.error.appointmentFuture   | Digit 9–14 (bulan pengangkatan 2026-12) belum terjadi.
            199001012015013001  | org.nip.error.gender              | Digit 15 (jenis kelamin 3) harus 1 (laki-laki) atau 2 (perempuan).
            199001012015010001  | org.nip.error.gender              | Digit 15 (jenis kelamin 0) harus 1 (laki-laki) atau 2 (perempuan).
            199001012015011000  | org.nip.error.serial              | Digit 16–18 (nomor urut 000) tidak boleh 000.
            19900101201501100   | org.nip.error.length              | NIP harus 18 digit; yang diisi 17 digit.
            1990010120150110011 | org.nip.error.length              | NIP harus 18 digit; yang diisi 19 digit.
            19900101201501100A  | org.nip.error.digits              | NIP hanya boleh berisi angka; "19900101201501100A" memuat karakter lain.
            1990-0101-2015011001 | org.nip.error.digits             | NIP hanya boleh berisi angka; "1990-0101-2015011001" memuat karakter lain.
            202701012015011001  | org.nip.error.birthDate           | Digit 1–8 (tanggal lahir 2027-01-01) belum terjadi.
            """)
    void eachWrongPartIsNamedInTheMessage(String nip, String key, String indonesian) {
        Nip.Check check = Nip.check(nip, TODAY);

        assertThat(check.valid()).isFalse();
        assertThat(check.messageKey()).startsWith(key);
        assertThat(message("id", check)).isEqualTo(indonesian);
        assertThat(message("en", check)).isNotBlank().doesNotContain("{");
    }

    @Test
    void theAppointmentMayFallInTheMonthOfTheEighteenthBirthdayWhenItIsTheFirst() {
        assertThat(Nip.check("199006012008061001", TODAY).valid()).isTrue();
        assertThat(Nip.check("199006022008061001", TODAY).messageKey())
                .isEqualTo("org.nip.error.appointmentTooYoung");
    }

    @Test
    void anAppointmentThisMonthIsNotInTheFuture() {
        assertThat(Nip.check("199001012026111001", TODAY).valid()).isTrue();
    }

    @Test
    void emptyIsRequired() {
        assertThat(Nip.check("  ", TODAY).messageKey()).isEqualTo("org.nip.error.required");
        assertThat(Nip.check(null, TODAY).messageKey()).isEqualTo("org.nip.error.required");
    }

    @Test
    void everyDemoNipIsValid() throws IOException {
        String demo;
        try (var in = NipTest.class.getResourceAsStream("/demo/10-institution.sql")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher nips = Pattern.compile("'([0-9]{18})'").matcher(demo);
        List<String> all = nips.results().map(match -> match.group(1)).distinct().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all).allSatisfy(nip ->
                assertThat(Nip.check(nip, TODAY).valid()).as(nip + " " + Nip.check(nip, TODAY)).isTrue());
    }

    private static String message(String language, Nip.Check check) {
        Properties bundle = new Properties();
        try (var in = NipTest.class.getResourceAsStream("/i18n/organisation_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String pattern = bundle.getProperty(check.messageKey());
        return check.args().isEmpty() ? pattern
                : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(check.args().toArray());
    }
}
