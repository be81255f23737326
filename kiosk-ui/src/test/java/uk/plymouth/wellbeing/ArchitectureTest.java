package uk.plymouth.wellbeing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Screens and web endpoints call signposting's facades, never its machinery (style.md 3.1 and 4). */
@AnalyzeClasses(packages = "uk.plymouth.wellbeing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appCodeUsesFacadesOnly = noClasses().that()
            .resideOutsideOfPackages("uk.plymouth.wellbeing.signposting..", "uk.plymouth.wellbeing.sms..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "dev.langchain4j..",
                    "org.springframework.data..", "jakarta.persistence..", "com.twilio..",
                    "uk.plymouth.wellbeing.signposting..store..");

    /** Anyone may open a page outside /staff (OutsideTheStaffScreens), so a screen that needs a login lives there. */
    @ArchTest
    static final ArchRule screensThatNeedALoginLiveUnderStaff = classes().that().areAnnotatedWith(Route.class)
            .and().areNotAnnotatedWith(AnonymousAllowed.class)
            .should(new ArchCondition<JavaClass>("have a route under staff/") {
                @Override
                public void check(JavaClass screen, ConditionEvents events) {
                    String route = screen.getAnnotationOfType(Route.class).value();
                    if (!route.equals("staff") && !route.startsWith("staff/")) {
                        events.add(SimpleConditionEvent.violated(screen, screen.getName()
                                + " needs a login but its route \"" + route + "\" is not under staff/"));
                    }
                }
            });

    @ArchTest
    static final ArchRule noPrintingToTheConsole = noClasses().that()
            .resideOutsideOfPackages("uk.plymouth.wellbeing.signposting..", "uk.plymouth.wellbeing.sms..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
