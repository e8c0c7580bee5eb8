package id.fleksi.shared.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The messages of both languages, from the bundles named by {@code spring.messages.*}, as Spring Boot would load
 * them, with one difference: a number in a message's plain placeholder ({@code {0}}) is written with a number
 * format the message keeps, instead of a new one for every placeholder of every message shown (a page of a
 * hundred figures made a hundred number formats), and a message is looked up in the one bundle that holds it
 * instead of in each of the two dozen bundles in turn. What is written does not change.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        ResourceBundleMessageSource source = new KeptNumberFormats();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /**
     * Gives each plain placeholder of a message the format below, made once per message and language, and finds a
     * message's bundle through an index of every code by language: the first of the bundles, in their order, that
     * holds the code, as the bundles are searched one by one otherwise. A page asks for hundreds of messages, and
     * the search through two dozen bundles was a tenth of rendering one. Without a lasting cache of the bundles
     * ({@code spring.messages.cache-duration}), and for more languages than a few, the bundles are searched as usual.
     */
    static final class KeptNumberFormats extends ResourceBundleMessageSource {

        private static final int LANGUAGES_INDEXED = 8;

        private final Map<Locale, Map<String, String>> bundleOfCode = new ConcurrentHashMap<>();

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return resolve(code, locale, super::resolveCodeWithoutArguments, this::getStringOrNull);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return resolve(code, locale, super::resolveCode, (bundle, key) -> getMessageFormat(bundle, key, locale));
        }

        /** The message from the bundle the index names, or from the bundles in turn when the language has none. */
        private <T> T resolve(String code, Locale locale, BiFunction<String, Locale, T> inTurn,
                              BiFunction<ResourceBundle, String, T> inBundle) {
            Map<String, String> index = index(locale);
            if (index == null) {
                return inTurn.apply(code, locale);
            }
            String basename = index.get(code);
            ResourceBundle bundle = basename == null ? null : getResourceBundle(basename, locale);
            return bundle == null ? null : inBundle.apply(bundle, code);
        }

        /** Each code of the language and the first bundle holding it; null when the language is not indexed. */
        private Map<String, String> index(Locale locale) {
            Map<String, String> index = bundleOfCode.get(locale);
            if (index != null || getCacheMillis() >= 0 || bundleOfCode.size() >= LANGUAGES_INDEXED) {
                return index;
            }
            Map<String, String> built = new HashMap<>();
            for (String basename : getBasenameSet()) {
                ResourceBundle bundle = getResourceBundle(basename, locale);
                if (bundle != null) {
                    for (String code : bundle.keySet()) {
                        built.putIfAbsent(code, basename);
                    }
                }
            }
            bundleOfCode.putIfAbsent(locale, Map.copyOf(built));
            return bundleOfCode.get(locale);
        }

        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            MessageFormat format = super.createMessageFormat(msg, locale);
            Format[] formats = format.getFormats();
            boolean plain = false;
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] == null) {
                    formats[i] = new PlainPlaceholder(locale);
                    plain = true;
                }
            }
            if (plain) {
                format.setFormats(formats);
            }
            return format;
        }
    }

    /**
     * What {@link MessageFormat} writes for a placeholder without a format (a number by the language's number
     * format, a date by its short date and time, anything else as text), with the number format kept. Spring formats
     * a message holding its lock, so one format per message is never used by two threads at once.
     */
    static final class PlainPlaceholder extends Format {

        private final Locale locale;
        private final NumberFormat numbers;

        PlainPlaceholder(Locale locale) {
            this.locale = locale;
            this.numbers = NumberFormat.getInstance(locale);
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (value instanceof Number) {
                return numbers.format(value, to, position);
            }
            if (value instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(value, to, position);
            }
            return to.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("Messages are written, not read");
        }
    }
}
