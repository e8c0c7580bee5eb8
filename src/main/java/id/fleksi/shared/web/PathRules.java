package id.fleksi.shared.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's own paths. Each module provides one bean with the rules of its API and its pages;
 * security applies them in the order of the beans ({@code @Order}), then refuses the rest of the API and asks
 * a sign-in for the rest of the pages. A rule that narrows a path another module's rule covers must come first.
 * The authorization-matrix test checks every endpoint as every role.
 */
public interface PathRules {

    /** The roles as the rules name them (the names of {@code id.fleksi.security.Role}). */
    String PPK = "PPK";
    String HR = "KEPEGAWAIAN";
    String HEAD = "PIMPINAN_UNIT";
    String EMPLOYEE = "PEGAWAI";

    /** The rules of the module's JSON API ({@code /api/**}). */
    default void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
    }

    /** The rules of the module's pages. */
    default void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
    }
}
