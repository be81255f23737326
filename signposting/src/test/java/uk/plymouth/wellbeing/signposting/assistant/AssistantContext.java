package uk.plymouth.wellbeing.signposting.assistant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * The Spring context the assistant's tests share (one context, started once): every signposting component over the
 * real sample content and H2 in memory, and the {@link AssistantSources} an assistant is built on.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"hub.catalogue.location=file:../content/", "hub.catalogue.check-for-changes-every=0s"})
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:assistant-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
abstract class AssistantContext {

    @Autowired
    AssistantSources sources;
}
