package id.fleksi.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import id.fleksi.organisation.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A report document as an A4 PDF: the Thymeleaf template {@value #TEMPLATE} renders it as XHTML with the
 * institution's letterhead, the sections and tables (headers repeated on every page), the signature block and
 * "Halaman X dari Y" at the foot of each page; openhtmltopdf lays it out. The fonts ship with the application
 * and nothing is fetched while rendering: every external resource is refused.
 */
@Component
class PdfDocuments {

    static final String TEMPLATE = "reports/document";
    static final String FONT = "DejaVu Sans";

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final ITemplateEngine templates;
    private final Organisation organisation;

    PdfDocuments(ITemplateEngine templates, Organisation organisation) {
        this.templates = templates;
        this.organisation = organisation;
    }

    void write(ReportDocument document, OutputStream out, Locale locale) throws IOException {
        ReportDocument.Signature signature = document.signature();
        Context context = new Context(locale, Map.of(
                "doc", document,
                "cells", new Cells(locale),
                "institution", organisation.institution(),
                "signatureDate", signature == null ? "" : ReportDates.longDate(signature.date(), locale)));
        String xhtml = templates.process(TEMPLATE, context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(PdfDocuments::diagnostic);
        builder.withProducer("Fleksi");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    private static InputStream font(String file) {
        InputStream font = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return font;
    }

    private static void diagnostic(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
            log.warn("PDF: {}", diagnostic.getFormattedMessage());
        } else if (log.isTraceEnabled()) {
            log.trace("PDF: {}", diagnostic.getFormattedMessage());
        }
    }

    /** Table cells as the template shows them: numbers right-aligned, with the language's digit grouping. */
    public static final class Cells {

        private final NumberFormat numbers;

        Cells(Locale locale) {
            numbers = NumberFormat.getNumberInstance(locale);
            numbers.setMaximumFractionDigits(2);
        }

        public boolean isNumber(Object cell) {
            return cell instanceof Number;
        }

        public String text(Object cell) {
            return cell instanceof Number number ? numbers.format(number) : String.valueOf(cell);
        }
    }
}
