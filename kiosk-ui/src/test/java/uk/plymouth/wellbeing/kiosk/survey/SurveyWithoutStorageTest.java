package uk.plymouth.wellbeing.kiosk.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;

/** Until the survey storage is a bean, the app starts and the kiosk says surveys are not available. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyWithoutStorageTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp() {
        Routes routes = KioskRoutes.withSurveys();
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void withoutStorageTheSurveySaysItIsNotAvailable() {
        assumeTrue(context.getBeansOfType(SurveyResponses.class).isEmpty(),
                "the real survey storage has landed: this case no longer arises");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("How are you feeling?")));

        assertThat(path()).isEqualTo("survey/swemwbs/start");
        SurveyView view = _get(SurveyView.class);
        assertThat(view.unavailable.getText()).isEqualTo(
                "Surveys are not available right now. Please ask a member of staff.");
        assertThat(view.unavailable.isAttached()).isTrue();
        assertThat(view.agree.isAttached()).as("no way to start answering").isFalse();
    }

    /** Where the kiosk is, without the query ("?hub=..."). */
    private static String path() {
        return getCurrentPath().split("\\?", 2)[0];
    }
}
