package id.fleksi.shared.csv;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The corners of CSV that spreadsheets and people produce, read and written to the exact character. */
class CsvEdgesTest {

    private static CsvTable read(String text) {
        return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String written(CsvDialect dialect, List<?>... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVPrinter printer = dialect.start(out);
        for (List<?> line : lines) {
            dialect.line(printer, line);
        }
        printer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CsvException refusal(byte[] file) {
        return (CsvException) catchThrowable(() -> CsvTable.parse(file));
    }

    @Test
    void quotedFieldsKeepTheirDelimitersQuotesAndLineBreaks() {
        CsvTable table = read("kode,nama,catatan\r\n"
                + "A-1,\"Jl. Melati, No. 3\",\"Kata \"\"fleksibel\"\" dan\r\nbaris kedua\"\r\n"
                + "B-2,\"\",\"\"\"kutip\"\"\"\r\n");
        assertThat(table.columns()).containsExactly("kode", "nama", "catatan");
        assertThat(table.rows()).hasSize(2);
        CsvTable.Row first = table.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.text("nama")).isEqualTo("Jl. Melati, No. 3");
        assertThat(first.text("catatan")).isEqualTo("Kata \"fleksibel\" dan\r\nbaris kedua");
        CsvTable.Row second = table.rows().get(1);
        assertThat(second.line()).as("the line after the two lines of the quoted field").isEqualTo(4);
        assertThat(second.get("nama")).isEmpty();
        assertThat(second.text("catatan")).isEqualTo("\"kutip\"");
    }

    @Test
    void aSemicolonHeaderMakesASemicolonFileWhateverCommasItsFieldsHold() {
        CsvTable table = read("\uFEFFNama;\"Alamat, Kota\";Nilai\n"
                + "Siti;\"Jl. Mawar; 5, Bandung\";17,9\n"
                + "Budi;Jl. Kenanga, Bogor;\n");
        assertThat(table.columns()).containsExactly("nama", "alamat, kota", "nilai");
        assertThat(table.rows()).extracting(row -> row.text("Alamat, Kota"))
                .containsExactly("Jl. Mawar; 5, Bandung", "Jl. Kenanga, Bogor");
        assertThat(table.rows().get(0).text("nilai")).isEqualTo("17,9");
        assertThat(table.rows().get(1).get("nilai")).isEmpty();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnAndBlankLinesKeepTheLineNumbersRight() {
        CsvTable table = read("\uFEFF nip ;nama\r\n\r\n;;\r\n  \r\n198808122010042002; Kartika \r\n");
        assertThat(table.columns()).containsExactly("nip", "nama");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).line()).isEqualTo(5);
        assertThat(table.rows().get(0).text("nip")).isEqualTo("198808122010042002");
        assertThat(table.rows().get(0).text("nama")).isEqualTo("Kartika");
    }

    @Test
    void lineEndsOfEveryKindAndRowsOfTheWrongLength() {
        CsvTable table = read("a,b\rsatu\ndua,2,lebih\r\ntiga,3");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 4);
        assertThat(table.rows()).extracting(row -> row.text("a") + "|" + row.text("b"))
                .containsExactly("satu|", "dua|2", "tiga|3");
    }

    @Test
    void aQuoteInsideAFieldIsTextAndTextAfterAClosingQuoteBelongsToTheField() {
        CsvTable table = read("barang,catatan\nLayar 24\",\"tertutup\" lalu terbuka\n");
        assertThat(table.rows().get(0).text("barang")).isEqualTo("Layar 24\"");
        assertThat(table.rows().get(0).text("catatan")).isEqualTo("tertutup lalu terbuka");
    }

    @Test
    void aQuoteLeftOpenIsSaidAtTheLineWhereItOpens() {
        CsvException open = refusal("a,b\n1,2\n\n3,\"terbuka\n4,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(open.messageKey()).isEqualTo("csv.error.openQuote");
        assertThat(open.line()).isEqualTo(4);
    }

    @Test
    void aFileOfNothingButABomAndBlankLinesHasNoHeader() {
        CsvException empty = refusal("\uFEFF\r\n , \r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.messageKey()).isEqualTo("csv.error.empty");
        assertThatThrownBy(() -> CsvTable.parse((byte[]) null)).isInstanceOf(CsvException.class);
    }

    @Test
    void writtenCellsAreQuotedWhereTheyMustAndFormulasAreDisarmed() throws IOException {
        String file = written(CsvDialect.INDONESIAN,
                List.of("nama", "catatan"),
                Arrays.asList("a;b", "kata \"kutip\"", "dua\nbaris", "=1+2", "+62", "-x", "@A1", "\tTAB", "\rCR",
                        -5, new BigDecimal("17.90"), 2.5, "0812", "198808122010042002", "2026", "a,b", null),
                Arrays.asList(null, "awal kosong"));
        assertThat(file).isEqualTo("\uFEFF"
                + "nama;catatan\r\n"
                + "\"a;b\";\"kata \"\"kutip\"\"\";\"dua\nbaris\";'=1+2;'+62;'-x;'@A1;'\tTAB;\"'\rCR\";"
                + "-5;17,90;2,5;\"=\"\"0812\"\"\";\"=\"\"198808122010042002\"\"\";2026;a,b;\r\n"
                + "\"\";awal kosong\r\n");
        assertThat(written(CsvDialect.ENGLISH, Arrays.asList("a,b", "a;b", new BigDecimal("17.9"))))
                .isEqualTo("\uFEFF\"a,b\",a;b,17.9\r\n");
    }

    @Test
    void whatIsWrittenIsReadBackAsItWasWithTheFormulasStillDisarmed() throws IOException {
        String file = written(CsvDialect.INDONESIAN, List.of("kode", "catatan"),
                List.of("A-1", "Jl. Melati; No. 3\r\n\"dua\" baris"),
                List.of("B-2", "=HYPERLINK(\"http://x\")"));
        CsvTable table = CsvTable.parse(file.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).extracting(row -> row.text("catatan"))
                .containsExactly("Jl. Melati; No. 3\r\n\"dua\" baris", "'=HYPERLINK(\"http://x\")");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
    }
}
