package dev.takt;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of ARCHITECTURE.md and STYLE.md, checked on the compiled classes (the connector's own rules
 * are in {@code dev.takt.odoo.OdooArchitectureTest}).
 */
class ArchitectureTest {

    private static JavaClasses takt;

    @BeforeAll
    static void importClasses() {
        takt = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.takt");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.takt.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.takt.domain..", "java..")
                .check(takt);
    }

    @Test
    void theSandboxesPlayOdooAndFrePPLeAndKnowNothingOfTakt() {
        noClasses().that().resideInAPackage("dev.takt.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.takt.domain..", "dev.takt.odoo..",
                        "dev.takt.planning..", "dev.takt.api..")
                .allowEmptyShould(true)
                .check(takt);
    }

    @Test
    void faultToleranceLivesOnAdapterMethodsOnly() {
        methods().that().areAnnotatedWith(org.eclipse.microprofile.faulttolerance.Retry.class)
                .or().areAnnotatedWith(org.eclipse.microprofile.faulttolerance.CircuitBreaker.class)
                .or().areAnnotatedWith(org.eclipse.microprofile.faulttolerance.Timeout.class)
                .or().areAnnotatedWith(org.eclipse.microprofile.faulttolerance.Bulkhead.class)
                .should().beDeclaredInClassesThat().resideInAnyPackage("dev.takt.odoo..", "dev.takt.planning..")
                .allowEmptyShould(true)
                .check(takt);
    }

    @Test
    void planningKnowsNeitherOdooNorItsCallers() {
        noClasses().that().resideInAPackage("dev.takt.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.takt.odoo..", "dev.takt.sync..",
                        "dev.takt.api..", "dev.takt.sandbox..")
                .check(takt);
    }

    @Test
    void onlyTheStoresOfOurOwnAggregatesUseJpa() {
        // the native planning store, the workflows' own state (planning exceptions, feedback cursors, outbox…), the
        // audit history, partner webhook registrations and the database glue
        noClasses().that().resideOutsideOfPackages("dev.takt.planning.nativeplan..", "dev.takt.sync..",
                        "dev.takt.ops..", "dev.takt.audit..",
                        "dev.takt.partner..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(takt);
    }

    @Test
    void theWorkflowsUseThePlanningPortNotItsAdapters() {
        noClasses().that().resideInAnyPackage("dev.takt.sync..", "dev.takt.api..")
                .should().dependOnClassesThat().resideInAPackage("dev.takt.planning.nativeplan..")
                .check(takt);
        noClasses().that().resideInAPackage("dev.takt.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.takt.api..", "dev.takt.sandbox..")
                .check(takt);
    }

    @Test
    void theGraphQLLayerTalksToOdooOnlyThroughThePort() {
        noClasses().that().resideInAPackage("dev.takt.api..")
                .should().dependOnClassesThat().resideInAPackage("dev.takt.sandbox..")
                .check(takt);
    }
}
