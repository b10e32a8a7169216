package org.headshots.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;

/** What Payara does with our beans that compiles but fails at deployment or later, on some runs only. */
@AnalyzeClasses(packages = "org.headshots", importOptions = ImportOption.DoNotIncludeTests.class)
class ContainerRulesTest {

    @ArchTest
    static final ArchRule lifecycleMethodsHaveNamesOfTheirOwn = methods()
            .that()
            .areAnnotatedWith(PostConstruct.class)
            .or()
            .areAnnotatedWith(PreDestroy.class)
            .should(new ArchCondition<JavaMethod>("have a name no other method of their class has") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    long sameName = method.getOwner().getMethods().stream()
                            .filter(other -> other.getName().equals(method.getName()))
                            .count();
                    events.add(new SimpleConditionEvent(
                            method,
                            sameName == 1,
                            method.getFullName() + " shares its name with " + (sameName - 1) + " other method(s)"));
                }
            })
            .because("Payara finds an enterprise bean's lifecycle method by its name and may call an overload"
                    + " (\"wrong number of arguments\", the deployment fails)");

    @ArchTest
    static final ArchRule noEnterpriseBeanTimers = noMethods()
            .should()
            .beAnnotatedWith(Schedule.class)
            .because("Payara drops a periodic timer for good once a round and its retry fail; scheduled rounds run"
                    + " on ScheduledRounds");
}
