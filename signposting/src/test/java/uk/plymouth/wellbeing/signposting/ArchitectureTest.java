package uk.plymouth.wellbeing.signposting;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.data.repository.Repository;

/** The module's shape, checked on every build (see ../shared/design/style.md 3.1 to 3.7). */
@AnalyzeClasses(packages = "uk.plymouth.wellbeing.signposting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfScreensOrTwilio = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "com.twilio..", "uk.plymouth.wellbeing.kiosk..",
                    "uk.plymouth.wellbeing.sms..");

    @ArchTest
    static final ArchRule hashesPasswordsWithoutSpringSecurity = noClasses().should().dependOnClassesThat(
            resideInAPackage("org.springframework.security..")
                    .and(not(resideInAPackage("org.springframework.security.crypto.."))))
            .because("Spring Security lives in kiosk-ui; signposting only hashes staff passwords");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("uk.plymouth.wellbeing.signposting.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeaturesStore = classes().that().areAssignableTo(Repository.class)
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("..store..");

    @ArchTest
    static final ArchRule noPrintingToTheConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses().should()
            .callMethod(java.time.LocalDate.class, "now").orShould()
            .callMethod(java.time.LocalDateTime.class, "now").orShould()
            .callMethod(java.time.Instant.class, "now").orShould()
            .callMethod(java.time.ZonedDateTime.class, "now");
}
