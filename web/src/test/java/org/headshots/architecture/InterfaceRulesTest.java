package org.headshots.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of docs/ARCHITECTURE.md for the interfaces (pages, REST resources, batch steps), checked here
 * because this module's tests see the web, batch and ejb classes together.
 */
@AnalyzeClasses(packages = "org.headshots", importOptions = ImportOption.DoNotIncludeTests.class)
class InterfaceRulesTest {

    @ArchTest
    static final ArchRule interfacesGoThroughTheApplication = noClasses()
            .that()
            .resideInAPackage("org.headshots.interfaces..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.headshots.infrastructure..", "org.headshots.gpu..", "jakarta.persistence..")
            .because("pages, REST resources and batch steps only translate to and from the application's"
                    + " services; storage and the GPU connector are the adapters' business");

    @ArchTest
    static final ArchRule batchStepsKnowNoPages = noClasses()
            .that()
            .resideInAPackage("org.headshots.interfaces.batch..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.headshots.interfaces.web..",
                    "org.headshots.interfaces.rest..",
                    "jakarta.faces..",
                    "jakarta.ws.rs..",
                    "jakarta.servlet..")
            .because("the batch module is a library of the web module, not the reverse");

    @ArchTest
    static final ArchRule theApiKnowsNoFaces = noClasses()
            .that()
            .resideInAPackage("org.headshots.interfaces.rest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
            .because("the API answers scripts, not a browser's page state");
}
