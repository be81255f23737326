package uk.plymouth.wellbeing.sms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The module's shape (see ../shared/design/style.md 3.1): a Twilio adapter on signposting's ports, nothing more. */
@AnalyzeClasses(packages = "uk.plymouth.wellbeing.sms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfScreens = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "uk.plymouth.wellbeing.kiosk..", "uk.plymouth.wellbeing.staff..");

    @ArchTest
    static final ArchRule leavesTheStoreToSignposting = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..", "org.springframework.data..");

    @ArchTest
    static final ArchRule noPrintingToTheConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses().should()
            .callMethod(java.time.Instant.class, "now").orShould()
            .callMethod(java.time.LocalDateTime.class, "now");
}
