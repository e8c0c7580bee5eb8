package id.fleksi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import id.fleksi.shared.database.ModuleMigrations;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep their boundaries; the module diagram in docs/modules is written from the code. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(FleksiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() throws IOException {
        modules.verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        sortRelations(Path.of("docs/modules"));
    }

    /**
     * The documenter writes the relations between modules in an order that changes from run to run; sorted,
     * the committed diagrams stay as they are when the modules do.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                List<String> sorted = new ArrayList<>();
                int next = 0;
                for (String line : lines) {
                    sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
                }
                Files.write(diagram, sorted);
            }
        }
    }

    /**
     * The folders of migrations run in the order of {@link ModuleMigrations#MODULES}: every module of the application
     * is there, after each module it depends on.
     */
    @Test
    void everyModuleMigratesAfterTheModulesItDependsOn() {
        List<String> order = ModuleMigrations.MODULES;
        List<String> all = modules.stream().map(module -> module.getIdentifier().toString()).toList();
        assertThat(order).as("ModuleMigrations.MODULES names every module once, e.g. in this order: %s", all)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        modules.stream().forEach(module -> module.getDirectDependencies(modules).uniqueModules().forEach(dependency -> {
            String name = module.getIdentifier().toString();
            String before = dependency.getIdentifier().toString();
            assertThat(order.indexOf(before)).as("%s depends on %s, whose migrations run first (ModuleMigrations.MODULES)",
                    name, before).isLessThan(order.indexOf(name));
        }));
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
