package id.fleksi.calendar;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar text as RFC 5545 wants it: every content line ends with CRLF (3.1), a line longer than 75 octets
 * is folded by CRLF and one space without splitting a UTF-8 character (3.1), and TEXT values escape
 * backslashes, semicolons, commas and line breaks (3.3.11).
 */
final class ICalendarText {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as given (dates, times, identifiers of the format itself). */
    ICalendarText line(String name, String value) {
        out.append(fold(name + ":" + value)).append(CRLF);
        return this;
    }

    /** A property whose value is free text. */
    ICalendarText text(String name, String value) {
        return line(name, escape(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Splits a content line into physical lines of at most 75 octets; each continuation starts with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
