package org.headshots.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.headshots.domain.refusal.Refusal;

/**
 * The layer rules of docs/ARCHITECTURE.md that the application keeps, checked on its compiled classes: a class that
 * breaks one fails the build, naming itself and what it reached for.
 */
@AnalyzeClasses(packages = "org.headshots", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoOtherLayer = noClasses()
            .that()
            .resideInAPackage("org.headshots.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.headshots.application..", "org.headshots.infrastructure..", "org.headshots.interfaces..")
            .because("entities and value objects hold the rules; services, adapters and pages use them, not the"
                    + " other way round");

    @ArchTest
    static final ArchRule servicesDoNotReachIntoAdaptersOrPages = noClasses()
            .that()
            .resideInAPackage("org.headshots.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.headshots.infrastructure..", "org.headshots.interfaces..")
            .because("services speak through the domain's repository interfaces and their own ports");

    @ArchTest
    static final ArchRule adaptersDoNotReachIntoPages = noClasses()
            .that()
            .resideInAPackage("org.headshots.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.headshots.interfaces..");

    @ArchTest
    static final ArchRule noWebVocabularyBelowTheWeb = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.headshots.domain..", "org.headshots.application..", "org.headshots.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..")
            .because("pages and REST resources translate to and from the application, never the reverse");

    @ArchTest
    static final ArchRule theConnectorsVocabularyStaysInItsAdapter = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.headshots.domain..", "org.headshots.application..", "org.headshots.infrastructure..")
            .and()
            .resideOutsideOfPackage("org.headshots.infrastructure.gpu..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.headshots.gpu..")
            .because("the application and the domain speak their own records; only the adapter translates, the"
                    + " way Cargo Tracker confines its routing service to one class");

    @ArchTest
    static final ArchRule everyRefusalIsARefusal = classes()
            .that()
            .resideInAnyPackage("org.headshots.domain..", "org.headshots.application..")
            .and()
            .areAssignableTo(RuntimeException.class)
            .and()
            .haveSimpleNameEndingWith("Exception")
            .should()
            .beAssignableTo(Refusal.class)
            .because("a refusal carries its code and kind and is registered once; any other unchecked exception"
                    + " is a bug, answered as an incident");
}
