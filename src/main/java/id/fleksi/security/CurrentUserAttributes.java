package id.fleksi.security;

import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person into every page's model for the header and the navigation. */
@ControllerAdvice(annotations = PageController.class)
class CurrentUserAttributes {

    @ModelAttribute("currentUser")
    FleksiUser currentUser(@AuthenticationPrincipal FleksiUser user) {
        return user;
    }
}
