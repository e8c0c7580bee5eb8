package id.fleksi.notifications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a notification's messages in a language. Arguments are stored as plain strings so that a
 * notification can be read in either language: an ISO date ({@code 2026-11-30}) is shown as a date, an
 * ISO date and time ({@code 2026-11-27T16:00}) as a date with its time, a month ({@code 2026-12}) as
 * "Desember 2026", a whole number as a number.
 */
@Component
class NotificationTexts {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** A count, shown in the reader's grouping; longer runs of digits are identifiers (an 18-digit NIP) and stay text. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String render(String key, List<String> args, Locale locale) {
        return messages.getMessage(key, args.stream().map(arg -> argument(arg, locale)).toArray(), locale);
    }

    private static Object argument(String raw, Locale locale) {
        if (raw == null) {
            return "";
        }
        try {
            if (DATE.matcher(raw).matches()) {
                return LocalDate.parse(raw).format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale));
            }
            if (MONTH.matcher(raw).matches()) {
                return YearMonth.parse(raw).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            }
            if (DATE_TIME.matcher(raw).matches()) {
                return LocalDateTime.parse(raw).format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm", locale));
            }
        } catch (DateTimeParseException notADate) {
            return raw;
        }
        return NUMBER.matcher(raw).matches() ? Long.valueOf(raw) : raw;
    }
}
