package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.ControllerAdviceBean;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's model attributes (the signed-in person, the navigation's badges, the version) are added to the
 * models of the pages and of no JSON API call: an API call would build them on every request and never render them.
 */
class ModelAttributesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyControllerIsAPageOrPartOfTheApi() {
        List<Class<?>> controllers = controllers();
        assertThat(controllers).hasSizeGreaterThan(50);
        assertThat(controllers).allSatisfy(type -> assertThat(
                AnnotatedElementUtils.hasAnnotation(type, PageController.class)
                        ^ AnnotatedElementUtils.hasAnnotation(type, ApiController.class))
                .as("%s is either a @PageController or an @ApiController", type.getName()).isTrue());
    }

    @Test
    void theLayoutsAttributesGoToPagesAndNeverToTheApi() {
        List<ControllerAdviceBean> layout = ControllerAdviceBean.findAnnotatedBeans(context).stream()
                .filter(advice -> !MethodIntrospector.selectMethods(advice.getBeanType(),
                        (MethodIntrospector.MetadataLookup<Boolean>) method ->
                                AnnotatedElementUtils.hasAnnotation(method, ModelAttribute.class) ? true : null)
                        .isEmpty())
                .toList();
        assertThat(layout).extracting(advice -> advice.getBeanType().getSimpleName())
                .contains("CurrentUserAttributes", "LayoutAttributes", "InboxCount", "UnreadBadge");
        List<Class<?>> controllers = controllers();
        List<Class<?>> pages = controllers.stream()
                .filter(type -> AnnotatedElementUtils.hasAnnotation(type, PageController.class)).toList();
        List<Class<?>> api = controllers.stream()
                .filter(type -> AnnotatedElementUtils.hasAnnotation(type, ApiController.class)).toList();
        assertThat(pages).isNotEmpty();
        assertThat(api).isNotEmpty();
        for (ControllerAdviceBean advice : layout) {
            assertThat(pages).allMatch(advice::isApplicableToBeanType);
            assertThat(api).noneMatch(advice::isApplicableToBeanType);
        }
    }

    /** The application's own controllers: beans of {@code id.fleksi} annotated, directly or not, with @Controller. */
    private List<Class<?>> controllers() {
        return context.getBeansWithAnnotation(Controller.class).values().stream()
                .<Class<?>>map(bean -> ClassUtils.getUserClass(AopUtils.getTargetClass(bean)))
                .filter(type -> type.getName().startsWith("id.fleksi."))
                .toList();
    }
}
