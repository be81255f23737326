package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/** STOP and START as recorded in the database (H2 in PostgreSQL mode, the app's migrations). */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:opt-outs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
class OptOutsTest {

    static final PhoneNumber ADA = PhoneNumber.parseUkMobile("07700 900123");
    static final PhoneNumber BEA = PhoneNumber.parseUkMobile("07700 900456");

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void nobodyHasOptedOut() {
        jdbc.update("delete from sms_opt_out");
    }

    @Test
    void aStopIsRecordedOnceWithItsTimeAndOnlyForThatNumber() {
        assertThat(optOuts.optOut(ADA, "STOP")).isTrue();
        assertThat(optOuts.optOut(ADA, "STOPALL")).isFalse();

        assertThat(optOuts.isOptedOut(ADA)).isTrue();
        assertThat(optOuts.optedOutAt(ADA)).contains(SignpostingTestApplication.NOW);
        assertThat(optOuts.isOptedOut(BEA)).isFalse();
        assertThat(jdbc.queryForObject("select how from sms_opt_out where phone = ?", String.class, ADA.e164()))
                .isEqualTo("STOP");
    }

    @Test
    void startLiftsItAndSaysWhetherThereWasOne() {
        optOuts.optOut(ADA, "please stop texting me, I have moved away and do not need these any more");

        assertThat(optOuts.optIn(ADA)).isTrue();
        assertThat(optOuts.optIn(ADA)).isFalse();
        assertThat(optOuts.isOptedOut(ADA)).isFalse();
        assertThat(optOuts.optOut(ADA, "STOP")).isTrue();
    }
}
