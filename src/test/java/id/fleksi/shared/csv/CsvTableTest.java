package id.fleksi.shared.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV as spreadsheets in Indonesian offices save it. */
class CsvTableTest {

    @Test
    void readsCommaSeparatedUtf8WithAByteOrderMark() {
        CsvTable table = CsvTable.parse(("\uFEFFNIP,Name\r\n198808122010042002,Kartika Nugroho\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(table.columns()).containsExactly("nip", "name");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).text("NIP")).isEqualTo("198808122010042002");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void readsSemicolonsAndQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("""
                code;name;note
                A-1;"Jl. Melati; No. 3";"Kata ""fleksibel""
                dua baris"

                B-2;Dinas;
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).text("name")).isEqualTo("Jl. Melati; No. 3");
        assertThat(table.rows().get(0).text("note")).isEqualTo("Kata \"fleksibel\"\ndua baris");
        assertThat(table.rows().get(1).line()).isEqualTo(5);
        assertThat(table.rows().get(1).get("note")).isEmpty();
        assertThat(table.missingColumns(java.util.List.of("code", "unitCode"))).containsExactly("unitCode");
    }

    @Test
    void refusesTextThatIsNotUtf8AndAnOpenQuote() {
        byte[] latin1 = "nama\nSiti Mu\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.parse(latin1)).isInstanceOf(CsvException.class)
                .extracting(e -> ((CsvException) e).messageKey()).isEqualTo("csv.error.encoding");
        assertThatThrownBy(() -> CsvTable.parse("a,b\n\"open,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvException.class)
                .extracting(e -> ((CsvException) e).line()).isEqualTo(2);
    }

    @Test
    void readsAFileAsItArrivesWithoutHoldingItsText() {
        int rows = 200_000;
        // a file of 200,000 lines generated as it is read: nothing but the rows is ever held
        InputStream generated = new InputStream() {
            private final byte[] header = "\uFEFFnip;name\n".getBytes(StandardCharsets.UTF_8);
            private int position;
            private int row;
            private byte[] line = header;

            @Override
            public int read() {
                if (position == line.length) {
                    if (row == rows) {
                        return -1;
                    }
                    line = ("%018d;Pegawai %d\r\n".formatted(row, row)).getBytes(StandardCharsets.UTF_8);
                    row++;
                    position = 0;
                }
                return line[position++] & 0xff;
            }
        };
        CsvTable table = CsvTable.parse(generated);
        assertThat(table.columns()).containsExactly("nip", "name");
        assertThat(table.rows()).hasSize(rows);
        assertThat(table.rows().get(rows - 1).text("name")).isEqualTo("Pegawai " + (rows - 1));
        assertThat(table.rows().get(rows - 1).line()).isEqualTo(rows + 1);
    }

    @Test
    void saysOnWhichLineTheTextStopsBeingUtf8() {
        byte[] file = utf8ThenLatin1("nama,unit\nSiti,A\nBudi,B\n", "Mu\u00e9,C\n");
        assertThatThrownBy(() -> CsvTable.parse(new ByteArrayInputStream(file))).isInstanceOf(CsvException.class)
                .extracting(e -> ((CsvException) e).line()).isEqualTo(4);
    }

    @Test
    void saysTheLineOfTheBytesThemselvesInsideAQuotedFieldOfSeveralLines() {
        byte[] file = utf8ThenLatin1("a,b\n1,\"baris dua\nbaris tiga\n", "Mu\u00e9\"\n");
        assertThatThrownBy(() -> CsvTable.parse(file)).isInstanceOf(CsvException.class)
                .extracting(e -> ((CsvException) e).messageKey(), e -> ((CsvException) e).line())
                .containsExactly("csv.error.encoding", 4);
    }

    /** A file that starts as UTF-8 and goes on in Latin-1, as when two files are pasted together. */
    private static byte[] utf8ThenLatin1(String utf8, String latin1) {
        byte[] start = utf8.getBytes(StandardCharsets.UTF_8);
        byte[] rest = latin1.getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[start.length + rest.length];
        System.arraycopy(start, 0, file, 0, start.length);
        System.arraycopy(rest, 0, file, start.length, rest.length);
        return file;
    }
}
