package id.fleksi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The modules keep their boundaries; the module diagram in docs/modules is written from the code. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(FleksiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }

    @Test
    void theRulesAreFreeOfFrameworks() {
        JavaClasses rules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.fleksi.rules");
        noClasses().that().resideInAPackage("id.fleksi.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.persistence..", "javax.servlet..", "org.hibernate..", "org.slf4j..",
                        "org.apache.logging..", "ch.qos.logback..", "java.util.logging..", "id.fleksi.shared..",
                        "id.fleksi.organisation..", "id.fleksi.security..", "id.fleksi.policy..")
                .because("the rules module is pure Java: facts in, verdicts out")
                .check(rules);
    }
}
