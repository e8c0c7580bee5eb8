package id.fleksi.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report downloads in, with the media type and file extension of each. */
public enum ReportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named ("csv", "xlsx", "pdf", any case), or empty. */
    public static Optional<ReportFormat> named(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(format -> format.extension.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
