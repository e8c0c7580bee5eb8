package id.fleksi.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.util.Set;

/**
 * The dates Fleksi works with lie between 1900 and 2199: birth dates and appointments in NIPs, decrees, plans and
 * evaluations. A date outside that range in a parameter, a form field or a JSON body (year 0, or +999999999, which
 * PostgreSQL cannot store or the driver turns into {@code infinity}) is refused where it is read, as a bad request
 * (400) or as the form field's error, instead of failing at the database or being stored.
 */
@Configuration(proxyBeanMethods = false)
public class DateRange implements WebMvcConfigurer {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    static boolean holds(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** Every JSON date. */
    @Bean
    JacksonModule datesInRange() {
        SimpleModule module = new SimpleModule("dates-in-range");
        module.addDeserializer(LocalDate.class, new ValueDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
                if (!holds(value)) {
                    return context.reportInputMismatch(LocalDate.class, "A date outside 1900-2199");
                }
                return value;
            }
        });
        return module;
    }

    /**
     * Every parameter and form field with {@code @DateTimeFormat}: registered after Spring's own formatters, so it
     * comes first, and it parses as they do before checking the range.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new InRange());
    }

    private static final class InRange implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object parsed = parser.parse(text, locale);
                if (parsed instanceof LocalDate date && !holds(date)) {
                    throw new IllegalArgumentException("a date outside 1900-2199: " + text);
                }
                return parsed;
            };
        }
    }
}
