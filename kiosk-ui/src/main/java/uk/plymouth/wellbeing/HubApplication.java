package uk.plymouth.wellbeing;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Wellbeing Hubs app: the residents' kiosk, the staff screens and the open data API. */
@SpringBootApplication
@EnableScheduling
@Push
@Theme("hubs")
public class HubApplication implements AppShellConfigurator {

    /** Plymouth's clock: every date and time in the app is read from here, never from {@code now()}. */
    public static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PLYMOUTH);
    }
}
