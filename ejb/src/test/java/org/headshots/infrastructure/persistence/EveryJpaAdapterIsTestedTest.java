package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every adapter in this package that works with an entity manager has each of its public methods called by a test
 * here (through the adapter or its domain interface), and every repository interface of the domain has an adapter
 * here: a new repository, or a new method of one, fails this until it is tested on the migrated H2.
 */
class EveryJpaAdapterIsTestedTest {

    private static final String PACKAGE = EveryJpaAdapterIsTestedTest.class.getPackageName();
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.headshots.domain", PACKAGE);
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void everyPublicMethodOfAnAdapterIsCalledByATest() {
        Set<String> called = TESTS.stream()
                .flatMap(test -> test.getMethodCallsFromSelf().stream())
                .map(call -> signature(
                        call.getTarget().getOwner().getName(),
                        call.getTarget().getName(),
                        call.getTarget().getRawParameterTypes().stream()
                                .map(JavaClass::getName)
                                .toList()))
                .collect(Collectors.toSet());
        Set<String> untested = new TreeSet<>();
        for (JavaClass adapter : adapters()) {
            for (JavaMethod method : adapter.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !calledThroughAny(called, adapter, method)) {
                    untested.add(adapter.getSimpleName() + "." + method.getName()
                            + method.getRawParameterTypes().stream()
                                    .map(JavaClass::getSimpleName)
                                    .toList());
                }
            }
        }
        assertEquals(Set.of(), untested, "public methods of JPA adapters that no test in " + PACKAGE + " calls");
    }

    @Test
    void everyRepositoryOfTheDomainHasAnAdapterHere() {
        Set<String> implemented = adapters().stream()
                .flatMap(adapter -> adapter.getAllRawInterfaces().stream())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> missing = MAIN.stream()
                .filter(JavaClass::isInterface)
                .filter(type -> type.getPackageName().startsWith("org.headshots.domain"))
                .filter(type -> type.getSimpleName().endsWith("Repository"))
                .map(JavaClass::getName)
                .filter(name -> !implemented.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "repository interfaces without a JPA adapter in " + PACKAGE);
        assertEquals(
                15,
                adapters().size(),
                "the adapters tested on the migrated H2: "
                        + adapters().stream()
                                .map(JavaClass::getSimpleName)
                                .sorted()
                                .toList());
    }

    private static List<JavaClass> adapters() {
        return MAIN.stream()
                .filter(type -> type.getPackageName().equals(PACKAGE))
                .filter(type -> type.getAllFields().stream()
                        .anyMatch(field -> field.getRawType().isEquivalentTo(EntityManager.class)))
                .toList();
    }

    private static boolean calledThroughAny(Set<String> called, JavaClass adapter, JavaMethod method) {
        List<String> parameters =
                method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return called.contains(signature(adapter.getName(), method.getName(), parameters))
                || adapter.getAllRawInterfaces().stream()
                        .anyMatch(type -> called.contains(signature(type.getName(), method.getName(), parameters)));
    }

    private static String signature(String owner, String method, List<String> parameters) {
        return owner + "#" + method + parameters;
    }
}
