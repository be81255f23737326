package uk.plymouth.wellbeing.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * App-wide Vaadin set-up: when a session has expired (the server restarted, or the kiosk was reset elsewhere)
 * the screen quietly starts again instead of showing a technical notice; and any unexpected error is logged once
 * and shown to the resident as one calm sentence.
 */
@Component
class KioskServiceSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KioskServiceSetup.class);

    private final Translations translations;

    KioskServiceSetup(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL("/start-again");
            messages.setCookiesDisabledNotificationEnabled(false);
            messages.setInternalErrorNotificationEnabled(false);
            messages.setInternalErrorURL("/start-again");
            return messages;
        });
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("An unexpected error occurred", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification.show(translations.getTranslation("kiosk.error", ui.getLocale()), 6000,
                        Notification.Position.MIDDLE);
            }
        }));
    }
}
