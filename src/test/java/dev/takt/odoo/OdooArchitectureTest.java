package dev.takt.odoo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps Odoo's shapes inside this package (STYLE.md 2) and fault tolerance on the adapter (STYLE.md 4). */
class OdooArchitectureTest {

    private static final JavaClasses TAKT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.takt");

    /** What the rest of Takt may use of the connector: the ports, their failures, the probe. */
    private static final Set<String> PUBLISHED = Set.of(
            OdooGateway.class.getName(), OdooCommands.class.getName(), OdooChangeFeed.class.getName(),
            OdooChangeCursor.class.getName(), OdooChanges.class.getName(), OdooChange.class.getName(),
            OdooUnavailableException.class.getName(),
            OdooOutcomeUnknownException.class.getName(), OdooRejectedException.class.getName(),
            OdooConfigurationException.class.getName(), OdooProbe.class.getName(), OdooProbe.Result.class.getName());

    @Test
    void onlyThePortAndItsFailuresLeaveThePackage() {
        DescribedPredicate<JavaClass> internals = DescribedPredicate.describe("Odoo connector internals",
                c -> c.getPackageName().equals("dev.takt.odoo") && !PUBLISHED.contains(c.getName()));
        noClasses().that().resideOutsideOfPackage("dev.takt.odoo..")
                .should().dependOnClassesThat(internals)
                .allowEmptyShould(true)
                .check(TAKT);
    }

    @Test
    void theDomainKnowsNothingOfOdoo() {
        noClasses().that().resideInAPackage("dev.takt.domain..")
                .should().dependOnClassesThat().resideInAPackage("dev.takt.odoo..")
                .check(TAKT);
    }

    @Test
    void faultToleranceLivesOnOdooRpcOnly() {
        DescribedPredicate<JavaMethod> faultTolerant = DescribedPredicate.describe("carry Fault Tolerance annotations",
                m -> FAULT_TOLERANCE.stream().anyMatch(m::isAnnotatedWith));
        methods().that().areDeclaredInClassesThat().resideInAPackage("dev.takt.odoo..")
                .and(faultTolerant)
                .should().beDeclaredIn(OdooRpc.class)
                .check(TAKT);
        DescribedPredicate<JavaClass> faultTolerantClass = DescribedPredicate.describe(
                "carry Fault Tolerance annotations", c -> FAULT_TOLERANCE.stream().anyMatch(c::isAnnotatedWith));
        noClasses().that().resideInAPackage("dev.takt.odoo..")
                .should(ArchConditions.be(faultTolerantClass))
                .check(TAKT);
    }

    private static final List<Class<? extends Annotation>> FAULT_TOLERANCE = List.of(Retry.class,
            CircuitBreaker.class, Bulkhead.class, Timeout.class, Fallback.class);
}
