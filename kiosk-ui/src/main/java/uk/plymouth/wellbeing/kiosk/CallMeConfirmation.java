package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;

/**
 * The request is sent: the reference, big (and spelled out one character at a time for screen readers), when to
 * expect the call in plain words, and the ways out.
 */
class CallMeConfirmation extends Div {

    final Span reference = new Span();
    final Paragraph due = new Paragraph();
    final Button startAgain = new Button();
    final Button home = new Button();

    CallMeConfirmation(@Nullable CallbackReceipt receipt, Clock clock, Runnable onStartAgain, Runnable onHome) {
        addClassName("kiosk-callme-done");
        Div panel = new Div();
        panel.addClassName("kiosk-panel");
        Paragraph yourReference = new Paragraph(getTranslation("kiosk.callback.done.reference"));
        reference.addClassName("kiosk-reference");
        Span spoken = new Span();
        spoken.addClassName("kiosk-visually-hidden");
        if (receipt != null) {
            reference.setText(receipt.reference());
            spoken.setText(spelledOut(receipt.reference()));
            due.setText(dueInWords(receipt.dueAt(), clock, UI.getCurrent().getLocale()));
        }
        reference.getElement().setAttribute("aria-hidden", "true");
        Paragraph shown = new Paragraph(reference, spoken);
        shown.addClassName("kiosk-reference-line");
        panel.add(yourReference, shown);
        Paragraph keep = new Paragraph(getTranslation("kiosk.callback.done.keep"));
        startAgain.setText(getTranslation("kiosk.callback.done.startAgain"));
        startAgain.setIcon(VaadinIcon.REFRESH.create());
        startAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        startAgain.addClickListener(e -> onStartAgain.run());
        home.setText(getTranslation("kiosk.callback.done.home"));
        home.setIcon(VaadinIcon.HOME.create());
        home.addThemeVariants(ButtonVariant.LUMO_LARGE);
        home.addClickListener(e -> onHome.run());
        Div actions = new Div(startAgain, home);
        actions.addClassName("kiosk-actions");
        add(panel, due, keep, actions);
    }

    /** "PLY-4K7Q" as "P L Y - 4 K 7 Q", so a screen reader says each character rather than a word. */
    static String spelledOut(String reference) {
        return reference.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
    }

    /** "We aim to call you by 4pm tomorrow.", in Plymouth time. */
    String dueInWords(Instant dueAt, Clock clock, Locale locale) {
        ZonedDateTime at = dueAt.atZone(HubApplication.PLYMOUTH);
        LocalDate today = LocalDate.ofInstant(clock.instant(), HubApplication.PLYMOUTH);
        String pattern = getTranslation(at.getMinute() == 0 ? "kiosk.callback.due.hourFormat"
                : "kiosk.callback.due.minuteFormat");
        String time = DateTimeFormatter.ofPattern(pattern, locale).format(at).toLowerCase(locale);
        if (at.toLocalDate().equals(today)) {
            return getTranslation("kiosk.callback.due.today", time);
        } else if (at.toLocalDate().equals(today.plusDays(1))) {
            return getTranslation("kiosk.callback.due.tomorrow", time);
        }
        String day = DateTimeFormatter.ofPattern(getTranslation("kiosk.callback.due.dayFormat"), locale).format(at);
        return getTranslation("kiosk.callback.due.on", time, day);
    }
}
