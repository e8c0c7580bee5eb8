package id.fleksi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * PostgreSQL stores no NUL character (U+0000) in text, and no person types one: a request that carries one in a
 * parameter or in a JSON string is refused as a bad request (400, the page or problem of {@link ErrorPages}) before
 * anything reads it, instead of failing at the database.
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters {

    static boolean holds(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Query and form parameters; a multipart body is left to its own reader. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    static class ParameterFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
            if (holds(request.getQueryString()) || (!multipart && request.getParameterMap().values().stream()
                    .flatMap(java.util.Arrays::stream).anyMatch(NulCharacters::holds))) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Every string of a JSON body. */
    @Bean
    JacksonModule nulRefusingStrings() {
        SimpleModule module = new SimpleModule("nul-refusing-strings");
        module.addDeserializer(String.class, new ValueDeserializer<>() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = StringDeserializer.instance.deserialize(parser, context);
                if (holds(value)) {
                    return context.reportInputMismatch(String.class, "A NUL character in a string");
                }
                return value;
            }
        });
        return module;
    }
}
