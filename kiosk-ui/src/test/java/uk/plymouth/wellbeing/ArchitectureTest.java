package uk.plymouth.wellbeing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Screens and web endpoints call signposting's facades, never its machinery (style.md 3.1 and 4). */
@AnalyzeClasses(packages = "uk.plymouth.wellbeing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appCodeUsesFacadesOnly = noClasses().that()
            .resideOutsideOfPackages("uk.plymouth.wellbeing.signposting..", "uk.plymouth.wellbeing.sms..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "dev.langchain4j..",
                    "org.springframework.data..", "jakarta.persistence..", "com.twilio..",
                    "uk.plymouth.wellbeing.signposting..store..");

    @ArchTest
    static final ArchRule noPrintingToTheConsole = noClasses().that()
            .resideOutsideOfPackages("uk.plymouth.wellbeing.signposting..", "uk.plymouth.wellbeing.sms..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
