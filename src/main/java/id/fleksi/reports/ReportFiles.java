package id.fleksi.reports;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a report document in a format, straight to the response's stream. */
@Component
public class ReportFiles {

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    private static final String BOM = "\uFEFF";

    public void write(ReportDocument document, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(document, out);
            case XLSX, PDF -> throw new UnsupportedOperationException(format + " is not written yet");
        }
    }

    /**
     * CSV, UTF-8 with a byte order mark, comma separated: the title, then each section's heading and tables, one
     * table after another with an empty line between them.
     */
    private static void csv(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        line(writer, List.of(document.title()));
        if (document.subtitle() != null) {
            line(writer, List.of(document.subtitle()));
        }
        for (ReportDocument.Section section : document.sections()) {
            writer.write("\r\n");
            line(writer, List.of(section.heading()));
            for (String paragraph : section.paragraphs()) {
                line(writer, List.of(paragraph));
            }
            for (ReportDocument.Table table : section.tables()) {
                if (table.caption() != null) {
                    line(writer, List.of(table.caption()));
                }
                line(writer, table.columns());
                for (List<Object> row : table.rows()) {
                    line(writer, row);
                }
            }
        }
        writer.flush();
    }

    /** One CSV line; a cell with a comma, quote or line break is quoted, quotes doubled (RFC 4180). */
    static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = String.valueOf(cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            writer.write(cell);
        }
        writer.write("\r\n");
    }
}
