package vn.motcua.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The one shape of every service, checked by each service's ArchitectureTest with its base package:
 * {@code api} (REST) and {@code messaging} (event handlers) call {@code application} (use cases, schedulers),
 * which uses {@code persistence} and {@code domain}; {@code domain} is pure; no package cycles.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** The service's production classes (tests excluded). */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Every rule, checked together so that one run names every violation. */
    public static void check(String basePackage) {
        JavaClasses classes = classesOf(basePackage);
        List<AssertionError> failures = new ArrayList<>();
        for (ArchRule rule : rules(basePackage)) {
            try {
                rule.check(classes);
            } catch (AssertionError e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError all = new AssertionError(failures.size() + " architecture rule(s) violated in " + basePackage
                    + ":\n" + String.join("\n", failures.stream().map(Throwable::getMessage).toList()));
            failures.forEach(all::addSuppressed);
            throw all;
        }
    }

    public static List<ArchRule> rules(String basePackage) {
        return List.of(knownPackages(basePackage), layers(basePackage), freeOfCycles(basePackage), pureDomain(basePackage));
    }

    /** Every class lives in one of the layers (a newcomer finds the same folders in every service). */
    public static ArchRule knownPackages(String base) {
        return classes().should().resideInAnyPackage(base + ".api..", base + ".messaging..", base + ".application..",
                base + ".persistence..", base + ".domain..", base + ".config..")
                .because("api, messaging, application, persistence, domain and config are the service's packages");
    }

    /** Who may call whom. Only dependencies between the service's own layers count. */
    public static ArchRule layers(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("api").definedBy(base + ".api..")
                .layer("messaging").definedBy(base + ".messaging..")
                .layer("application").definedBy(base + ".application..")
                .layer("persistence").definedBy(base + ".persistence..")
                .layer("domain").definedBy(base + ".domain..")
                .layer("config").definedBy(base + ".config..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("application")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "messaging", "application", "persistence",
                        "config")
                .because("api and messaging are entry points, application holds the use cases, domain is pure");
    }

    /** No package of the service depends, directly or through others, on itself. */
    public static ArchRule freeOfCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** The domain knows nothing of the service's other layers, JAX-RS or Kafka. */
    public static ArchRule pureDomain(String base) {
        return noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".api..", base + ".application..",
                        base + ".persistence..", base + ".messaging..", "jakarta.ws.rs..", "org.apache.kafka..")
                .allowEmptyShould(true);
    }
}
