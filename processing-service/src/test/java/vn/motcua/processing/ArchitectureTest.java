package vn.motcua.processing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain package depends on nothing else in the service, nor on JAX-RS or Kafka. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua.processing");

    @Test
    void domainDependsOnNothingElseInTheService() {
        noClasses().that().resideInAPackage("..processing.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..processing.api..", "..processing.persistence..",
                        "..processing.messaging..", "jakarta.ws.rs..", "org.apache.kafka..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
