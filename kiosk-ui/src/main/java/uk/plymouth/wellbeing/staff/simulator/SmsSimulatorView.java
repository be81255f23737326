package uk.plymouth.wellbeing.staff.simulator;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender.LoggedText;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.texting.DramaNumbers;
import uk.plymouth.wellbeing.signposting.texting.TextSimulator;
import uk.plymouth.wellbeing.signposting.texting.TextSimulatorException;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * "SMS simulator", for admins: text the hubs as a resident would, without Twilio, from one of Ofcom's drama numbers
 * only ({@link DramaNumbers}; any other could be a resident's, whose texts from us the thread would show and whose
 * callback thread a simulated reply would join). Each text goes through
 * the real webhook (signed when signatures are checked) and the answers appear in a phone-like thread, as do texts
 * the outbox sends the number later (a callback's confirmation, a staff reply), looked for every second for
 * {@value #WATCH_MINUTES} minutes after the page opens or a text is sent (so an open page does not keep an idle staff
 * session alive for ever). Only offered while texts go to the log; otherwise the page says why not.
 */
@Route(value = "staff/sms-simulator", layout = StaffLayout.class)
@PageTitle("SMS simulator - Wellbeing Hubs")
@RolesAllowed("ADMIN")
@StyleSheet("context://staff/sms-simulator.css")
class SmsSimulatorView extends Main {

    static final String TRY = "Things to try: food bank near PL5, then 1 for the first one's details. MORE for more"
            + " results. CALL to ask for a callback. HELP. STOP, then START.";
    static final int WATCH_MINUTES = 10;
    static final String NO_SIMULATOR = "The SMS simulator needs the SMS gateway, which this app was built without.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    final Paragraph about = new Paragraph();
    final TextField number = new TextField("Simulated phone number");
    final Button newNumber = new Button("New number", click -> number.setValue(dramaNumber()));
    final TextThread thread = new TextThread();
    final TextField message = new TextField("Your text");
    final Button send = new Button("Send", click -> send());
    final Paragraph problem = new Paragraph();
    private final @Nullable TextSimulator simulator;
    private final Clock clock;
    private @Nullable PhoneNumber phone;
    private long lastSeen;
    private @Nullable Registration polling;
    private Instant watchUntil = Instant.MIN;

    SmsSimulatorView(ObjectProvider<TextSimulator> simulators, Clock clock) {
        this.simulator = simulators.getIfAvailable();
        this.clock = clock;
        addClassName("staff-simulator");
        TextSimulator.Status status = simulator == null ? new TextSimulator.Status(false, false, NO_SIMULATOR)
                : simulator.status();
        about.setText(status.explanation());
        about.addClassName(status.available() ? "sim-about" : "sim-off");
        Paragraph tryThis = new Paragraph(TRY);
        tryThis.addClassName("sim-try");

        number.setId("sim-number");
        number.setHelperText("One of Ofcom's drama numbers, 07700 900000 to 07700 900999: nobody has them. A new"
                + " number starts a new conversation.");
        number.addValueChangeListener(change -> numberChanged(change.getValue()));
        newNumber.addThemeVariants(ButtonVariant.LUMO_LARGE);
        HorizontalLayout numberRow = new HorizontalLayout(number, newNumber);
        numberRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        numberRow.addClassName("sim-number");

        message.setId("sim-message");
        message.setMaxLength(TextSimulator.MAX_LENGTH);
        message.setHelperText("Up to 1,600 characters. Enter sends it.");
        message.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickShortcut(Key.ENTER).listenOn(message).resetFocusOnActiveElement();
        HorizontalLayout compose = new HorizontalLayout(message, send);
        compose.setAlignItems(FlexComponent.Alignment.BASELINE);
        compose.expand(message);
        compose.addClassName("sim-compose");
        problem.addClassName("sim-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Div phoneFrame = new Div(thread, problem, compose);
        phoneFrame.addClassName("sim-phone");

        add(new H1("SMS simulator"), about, tryThis, numberRow, phoneFrame);
        if (status.available()) {
            number.setValue(dramaNumber());
        } else {
            number.setEnabled(false);
            newNumber.setEnabled(false);
            message.setEnabled(false);
            send.setEnabled(false);
        }
    }

    /** A random number from Ofcom's drama range, 07700 900000 to 07700 900999, as people write it. */
    static String dramaNumber() {
        return String.format(Locale.UK, "07700 900%03d", ThreadLocalRandom.current().nextInt(1000));
    }

    private void numberChanged(String typed) {
        try {
            PhoneNumber parsed = PhoneNumber.parseUkMobile(typed);
            if (!DramaNumbers.isDrama(parsed)) {
                phone = null;
                thread.clear();
                number.setErrorMessage(DramaNumbers.ONLY_DRAMA);
                number.setInvalid(true);
                return;
            }
            number.setInvalid(false);
            if (!parsed.equals(phone)) {
                phone = parsed;
                thread.clear();
                lastSeen = simulator == null ? 0 : simulator.lastSentNumber();
            }
            if (!typed.equals(parsed.national())) {
                number.setValue(parsed.national());
            }
        } catch (InvalidPhoneNumberException wrong) {
            phone = null;
            number.setErrorMessage(wrong.getMessage());
            number.setInvalid(true);
        }
    }

    private void send() {
        if (simulator == null) {
            return;
        }
        String body = message.getValue();
        PhoneNumber from = number.isInvalid() ? null : phone;
        if (from == null) {
            showProblem("Give a drama number (07700 900000 to 07700 900999) first, or press New number.");
            number.focus();
            return;
        }
        if (body.isBlank()) {
            showProblem("Type a text first.");
            message.focus();
            return;
        }
        problem.setVisible(false);
        thread.resident(body, meta(clock.instant(), body, false));
        watchForLaterTexts();
        message.clear();
        try {
            List<String> replies = simulator.send(from, body);
            Instant at = clock.instant();
            if (replies.isEmpty()) {
                thread.note("No reply straight away.");
            }
            replies.forEach(reply -> thread.hubs(reply, meta(at, reply, false)));
        } catch (TextSimulatorException failed) {
            thread.note("Not sent.");
            showProblem(failed.getMessage());
        }
        showLaterTexts();
        message.focus();
    }

    /** Adds the texts the outbox has sent the simulated number since the last look. */
    void showLaterTexts() {
        if (simulator == null || phone == null) {
            return;
        }
        for (LoggedText later : simulator.sentTo(phone, lastSeen)) {
            thread.hubs(later.message().body(), meta(later.at(), later.message().body(), true));
            lastSeen = later.number();
        }
    }

    private String meta(Instant at, String body, boolean later) {
        int segments = SmsText.segments(body);
        return TIME.format(at.atZone(clock.getZone())) + ", " + segments + (segments == 1 ? " segment" : " segments")
                + (later ? ", sent later" : "");
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    /** Looks for later texts every second from now for {@value #WATCH_MINUTES} minutes. */
    private void watchForLaterTexts() {
        watchUntil = clock.instant().plus(Duration.ofMinutes(WATCH_MINUTES));
        if (polling != null) {
            getUI().ifPresent(ui -> ui.setPollInterval(1000));
        }
    }

    private void polled() {
        showLaterTexts();
        if (clock.instant().isAfter(watchUntil)) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (simulator != null && simulator.status().available()) {
            polling = attach.getUI().addPollListener(poll -> polled());
            watchForLaterTexts();
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detach.getUI().setPollInterval(-1);
        }
    }
}
