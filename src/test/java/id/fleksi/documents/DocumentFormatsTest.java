package id.fleksi.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file is, as its first bytes tell, and how its name is kept and sent back. */
class DocumentFormatsTest {

    @Test
    void theTypeComesFromTheFirstBytesOnly() {
        assertThat(Documents.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Documents.Type.PDF);
        assertThat(Documents.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo(Documents.Type.PNG);
        assertThat(Documents.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(Documents.Type.JPEG);
        // a PNG cut short, HTML, a script behind a PDF's name, an SVG, a zip (an office document)
        assertThat(Documents.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isNull();
        assertThat(Documents.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Documents.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Documents.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(Documents.detect(new byte[] {'P', 'K', 3, 4})).isNull();
    }

    @Test
    void aNameKeepsNoFolderNoControlCharacterAndItsExtensionWithinTheLimit() {
        assertThat(Documents.cleanName("C:\\fakepath\\laporan.pdf", Documents.Type.PDF)).isEqualTo("laporan.pdf");
        assertThat(Documents.cleanName("../../etc/passwd", Documents.Type.PDF)).isEqualTo("passwd");
        assertThat(Documents.cleanName("foto\u0000\r\n\u202Egnp.jpg", Documents.Type.JPEG)).isEqualTo("fotognp.jpg");
        assertThat(Documents.cleanName("  ", Documents.Type.PNG)).isEqualTo("berkas.png");
        assertThat(Documents.cleanName(null, Documents.Type.JPEG)).isEqualTo("berkas.jpg");
        assertThat(Documents.cleanName("folder/", Documents.Type.PDF)).isEqualTo("berkas.pdf");
        String longName = Documents.cleanName("a".repeat(300) + ".pdf", Documents.Type.PDF);
        assertThat(longName).hasSize(Documents.NAME_MAX).endsWith("a.pdf");
    }

    @Test
    void theNameIsSentInAsciiAndInUtf8() {
        assertThat(DocumentDownloads.contentDisposition("Laporan \"akhir\" 100%.pdf"))
                .isEqualTo("attachment; filename=\"Laporan _akhir_ 100_.pdf\"; "
                        + "filename*=UTF-8''Laporan%20%22akhir%22%20100%25.pdf");
        assertThat(DocumentDownloads.contentDisposition("Bukti 会议.png"))
                .isEqualTo("attachment; filename=\"Bukti __.png\"; filename*=UTF-8''Bukti%20%E4%BC%9A%E8%AE%AE.png");
    }
}
