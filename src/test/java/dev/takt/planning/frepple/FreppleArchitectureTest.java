package dev.takt.planning.frepple;

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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Keeps frePPLe's shapes in this package (the adapter maps them to the domain here, as the Odoo package does) and fault tolerance on {@link FreppleRpc} (STYLE.md 2, 4, 5). */
class FreppleArchitectureTest {

    private static final JavaClasses TAKT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.takt");

    private static final List<Class<? extends Annotation>> FAULT_TOLERANCE = List.of(Retry.class,
            CircuitBreaker.class, Bulkhead.class, Timeout.class, Fallback.class);

    @Test
    void theConnectorKnowsNeitherOdooNorTheApiNorTheSandbox() {
        noClasses().that().resideInAPackage("dev.takt.planning.frepple..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.takt.odoo..", "dev.takt.api..",
                        "dev.takt.sandbox..")
                .check(TAKT);
    }

    @Test
    void faultToleranceLivesOnFreppleRpcOnly() {
        DescribedPredicate<JavaMethod> faultTolerant = DescribedPredicate.describe("carry Fault Tolerance annotations",
                m -> FAULT_TOLERANCE.stream().anyMatch(m::isAnnotatedWith));
        methods().that().areDeclaredInClassesThat().resideInAPackage("dev.takt.planning.frepple..")
                .and(faultTolerant)
                .should().beDeclaredIn(FreppleRpc.class)
                .check(TAKT);
        DescribedPredicate<JavaClass> faultTolerantClass = DescribedPredicate.describe(
                "carry Fault Tolerance annotations", c -> FAULT_TOLERANCE.stream().anyMatch(c::isAnnotatedWith));
        noClasses().that().resideInAPackage("dev.takt.planning.frepple..")
                .should(ArchConditions.be(faultTolerantClass))
                .check(TAKT);
    }

    @Test
    void everyRpcMethodRetriesOnlyRetriableFailures() {
        List<Method> calls = Arrays.stream(FreppleRpc.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
        assertEquals(11, calls.size());
        for (Method m : calls) {
            Retry retry = m.getAnnotation(Retry.class);
            assertNotNull(retry, m.getName());
            assertArrayEquals(new Class<?>[] {FreppleRetriableCallException.class}, retry.retryOn(), m.getName());
            assertArrayEquals(new Class<?>[] {FrepplePermanentCallException.class}, retry.abortOn(), m.getName());
            CircuitBreaker breaker = m.getAnnotation(CircuitBreaker.class);
            assertNotNull(breaker, m.getName());
            assertArrayEquals(new Class<?>[] {FrepplePermanentCallException.class}, breaker.skipOn(), m.getName());
            assertNotNull(m.getAnnotation(Timeout.class), m.getName());
            assertNotNull(m.getAnnotation(Bulkhead.class), m.getName());
        }
    }
}
