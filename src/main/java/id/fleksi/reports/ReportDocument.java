package id.fleksi.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as its writers read it, whatever the format: a title, the sections with their paragraphs and tables,
 * and who signs it. Texts are already in the reader's language.
 *
 * @param fileName  the download's name without extension, e.g. "evaluasi-DISKOMINFO-2026-S2"
 * @param signature who signs at the end, or {@code null}
 */
public record ReportDocument(String fileName, String title, String subtitle, List<Section> sections,
                             Signature signature) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** A heading, paragraphs of text, and tables. */
    public record Section(String heading, List<String> paragraphs, List<Table> tables) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }
    }

    /** A table: a caption, column headings, and rows of cells (text or numbers). */
    public record Table(String caption, List<String> columns, List<List<Object>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> List.copyOf(row.stream().map(cell -> cell == null ? "" : cell).toList()))
                    .toList();
        }
    }

    /** The signature block: place and date, the office (e.g. "Bupati Sukamaju"), the name and NIP. */
    public record Signature(String place, LocalDate date, String office, String name, String nip) {
    }
}
