package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;

/**
 * The buttons and forms for what a member of staff can do with a request now: claim it, release it, log a call,
 * complete, reopen, mark urgent, add a note. Each gesture is handed to the view as one {@link Action}; the queue
 * itself decides whether it is allowed.
 */
class CallbackActions extends Div {

    /** One change to a request, made by the view through the callback queue. */
    interface Action {
        CallbackDetails apply(CallbackQueue queue, StaffMember staff);
    }

    final Button claim = new Button("Claim this request");
    final Button release = new Button("Release back to the queue");
    final Button urgent = new Button();
    final Button reopen = new Button("Reopen");
    final RadioButtonGroup<AttemptOutcome> outcome = new RadioButtonGroup<>("How did the call go?");
    final TextArea attemptNotes = new TextArea("Notes on this call (optional)");
    final Button logAttempt = new Button("Log this call");
    final TextArea closingNotes = new TextArea("Closing notes (optional)");
    final Button complete = new Button("Mark as done");
    final TextArea note = new TextArea("Add a note");
    final Button addNote = new Button("Save note");

    CallbackActions(CallbackDetails request, StaffMember me, java.util.function.Consumer<Action> run) {
        addClassName("callback-actions");
        add(new H3("What you can do"));
        boolean mine = me.username().equals(request.claimedBy());
        CallbackStatus status = request.status();
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("action-buttons");

        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.addClickListener(e -> run.accept((q, s) -> q.claim(request.id(), s)));
        release.addClickListener(e -> run.accept((q, s) -> q.release(request.id(), s)));
        urgent.setText(request.urgent() ? "Mark not urgent" : "Mark urgent");
        urgent.addClickListener(e -> run.accept((q, s) -> q.markUrgent(request.id(), s, !request.urgent())));
        reopen.addClickListener(e -> run.accept((q, s) -> q.reopen(request.id(), s)));
        if (status == CallbackStatus.NEW) {
            buttons.add(claim);
        }
        if (status == CallbackStatus.CLAIMED && (mine || me.admin())) {
            buttons.add(release);
        }
        if (status.isOpen()) {
            buttons.add(urgent);
        }
        if (!status.isOpen()) {
            buttons.add(reopen);
        }
        add(buttons);

        if (status == CallbackStatus.CLAIMED && !mine) {
            add(new Paragraph(request.claimedBy() + " has claimed this request. Only they can log calls on it"
                    + (me.admin() ? "; as an admin you can release it." : ".")));
        }
        if (status == CallbackStatus.CLAIMED && mine) {
            add(attemptForm(request, run), completeForm(request, run));
        }
        add(noteForm(request, run));
    }

    private Div attemptForm(CallbackDetails request, java.util.function.Consumer<Action> run) {
        outcome.setItems(AttemptOutcome.values());
        outcome.setItemLabelGenerator(Words::outcome);
        outcome.setRequired(true);
        attemptNotes.setMaxLength(CallbackQueue.MAX_NOTES);
        attemptNotes.setWidthFull();
        logAttempt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logAttempt.addClickListener(e -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage("Choose how the call went");
                return;
            }
            AttemptOutcome chosen = outcome.getValue();
            String notes = attemptNotes.getValue();
            run.accept((q, s) -> q.logAttempt(request.id(), s, chosen, notes));
        });
        Div form = new Div(new H3("Log a call"), outcome, attemptNotes, logAttempt);
        form.addClassName("attempt-form");
        return form;
    }

    private Div completeForm(CallbackDetails request, java.util.function.Consumer<Action> run) {
        closingNotes.setMaxLength(CallbackQueue.MAX_NOTES);
        closingNotes.setWidthFull();
        complete.addClassName("complete");
        complete.addClickListener(e -> {
            String notes = closingNotes.getValue();
            run.accept((q, s) -> q.complete(request.id(), s, notes));
        });
        Div form = new Div(new H3("Finish"), closingNotes, complete);
        form.addClassName("complete-form");
        return form;
    }

    private Div noteForm(CallbackDetails request, java.util.function.Consumer<Action> run) {
        note.setMaxLength(CallbackQueue.MAX_NOTES);
        note.setWidthFull();
        addNote.addClickListener(e -> {
            String text = note.getValue();
            run.accept((q, s) -> q.addNote(request.id(), s, text));
        });
        Div form = new Div(note, addNote);
        form.addClassName("note-form");
        return form;
    }
}
