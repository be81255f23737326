package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.directory.edit.EditConflictException;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;

/**
 * What an item page's buttons do: check the form by the content files' rules, then save a draft, publish, archive,
 * restore or mark it still right, each as the directory allows this member of staff. A conflict keeps everything
 * typed and offers to do it again on top of the newer version; a refusal says why.
 */
final class EditActions {

    static final String PUBLISHED = "Published: residents see it now.";

    private final ItemEditView view;

    EditActions(ItemEditView view) {
        this.view = view;
        EditButtons b = view.buttons;
        b.saveDraft.addClickListener(click -> save(false));
        b.publish.addClickListener(click -> publish());
        b.preview.addClickListener(click -> checked().ifPresent(view::showPreview));
        b.stillRight.addClickListener(click -> stillRight());
        b.archive.addClickListener(click -> archive());
        b.restore.addClickListener(click -> restore(Objects.requireNonNull(view.opened).version()));
    }

    void restore(int version) {
        run(() -> view.editing.restore(ref(), version, view.basedOn, mayPublish()), mayPublish()
                ? "Restored version " + version + ": residents see it now."
                : "Saved version " + version + " again as a draft: a hub lead will publish it.",
                () -> restore(version));
    }

    private void stillRight() {
        run(() -> view.editing.stillRight(ref(), view.basedOn), "Marked as checked today.", this::stillRight);
    }

    private void archive() {
        run(() -> view.editing.archive(ref(), view.basedOn, note(), mayPublish()), mayPublish()
                ? "Archived: residents no longer see it." : "Saved as a draft: a hub lead will archive it.",
                this::archive);
    }

    /** A draft published as it is, when nothing was changed on the page; otherwise the page saved and published. */
    private void publish() {
        ItemVersion opened = view.opened;
        Optional<Object> record = checked();
        if (record.isPresent() && opened != null && opened.isDraft() && record.get().equals(opened.record())) {
            run(() -> view.editing.publish(ref(), opened.version()), PUBLISHED, this::publish);
        } else {
            record.ifPresent(r -> write(r, true));
        }
    }

    private void save(boolean publish) {
        checked().ifPresent(record -> write(record, publish));
    }

    private void write(Object record, boolean publish) {
        run(() -> view.editing.save(record, view.basedOn, note(), publish), publish ? PUBLISHED
                : mayPublish() ? "Saved as a draft. Publish it when it is ready."
                        : "Saved as a draft: a hub lead will check it and publish it.", () -> save(publish));
    }

    /** The form checked by the content files' rules; problems are shown by their inputs and nothing is saved. */
    private Optional<Object> checked() {
        Map<String, Object> fields = FieldValues.map();
        view.form.collect(fields);
        Checked<?> checked = view.editing.check(view.kind, fields, view.isNew());
        if (!checked.ok()) {
            view.buttons.status.setText("");
            view.problems.show(checked.problems(), view.form.inputs());
            return Optional.empty();
        }
        view.problems.clear(view.form.inputs());
        return Optional.of(Objects.requireNonNull(checked.value()));
    }

    /**
     * Does it and shows the result; on a conflict shows who changed what, and {@code again} (which reads the page
     * afresh) is what "Save mine on top" does, on top of their version.
     */
    private void run(Supplier<ItemVersion> action, String message, Runnable again) {
        try {
            view.saved(action.get(), message);
        } catch (EditConflictException conflict) {
            view.buttons.status.setText("");
            view.conflict.show(conflict, () -> {
                view.basedOn = conflict.latestVersion();
                view.conflict.hide();
                again.run();
            });
        } catch (EditNotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            view.buttons.status.setText(refused.getMessage());
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private @Nullable String note() {
        String note = view.buttons.note.getValue();
        return note == null || note.isBlank() ? null : note.strip();
    }

    private boolean mayPublish() {
        return view.mayPublish;
    }

    private ItemRef ref() {
        return Objects.requireNonNull(view.opened, "only a saved item").ref();
    }
}
