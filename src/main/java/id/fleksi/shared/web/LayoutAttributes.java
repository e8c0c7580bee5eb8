package id.fleksi.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page besides the signed-in person: the application's version. */
@ControllerAdvice(annotations = PageController.class)
class LayoutAttributes {

    private final String version;

    LayoutAttributes(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "dev" : properties.getVersion();
    }

    @ModelAttribute("appVersion")
    String appVersion() {
        return version;
    }
}
