package id.fleksi.shared.web;

import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the browser's pages: the layout's model attributes (the signed-in person, the navigation's
 * badges, the version) are added to its models. The JSON API's controllers ({@link ApiController}) are not pages
 * and get none of them, so that an API call builds no model it never renders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
