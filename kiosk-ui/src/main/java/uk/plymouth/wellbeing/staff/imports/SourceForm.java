package uk.plymouth.wellbeing.staff.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSource;
import uk.plymouth.wellbeing.signposting.directory.imports.SourceKind;
import uk.plymouth.wellbeing.signposting.directory.imports.SourceSettings;
import uk.plymouth.wellbeing.staff.accounts.HubNames;

/** The settings of one import source, blank for a new one; knows nothing of services, the view wires its buttons. */
class SourceForm extends VerticalLayout {

    final TextField name = new TextField("Name");
    final Select<SourceKind> kind = new Select<>();
    final TextField url = new TextField("Address (URL)");
    final Select<String> hub = new Select<>();
    final IntegerField everyHours = new IntegerField("Run every (hours)");
    final Checkbox publish = new Checkbox("Publish changes at once (otherwise drafts wait for a hub lead)");
    final Checkbox enabled = new Checkbox("Run on the schedule");
    final Button add = new Button("Add as a new source");
    final Button save = new Button("Save changes");
    final Button runNow = new Button("Run now");
    private @Nullable ImportSource editing;

    SourceForm(HubNames hubs) {
        kind.setLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(SourceKind::label);
        hub.setLabel("Items belong to hub");
        hub.setItems(hubs.ids());
        hub.setItemLabelGenerator(hubs::name);
        url.setPlaceholder("https://example.org/api");
        url.setWidthFull();
        everyHours.setMin(1);
        everyHours.setStepButtonsVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(name, kind, url, hub, everyHours, publish, enabled);
        fields.setColspan(url, 2);
        add(new H2("Source"), fields, new HorizontalLayout(add, save, runNow));
        show(null);
    }

    /** Fills the form with a source, or empties it for a new one. */
    void show(@Nullable ImportSource source) {
        editing = source;
        name.setValue(source == null ? "" : source.name());
        kind.setValue(source == null ? SourceKind.ORUK : source.kind());
        url.setValue(source == null ? "" : source.url());
        hub.setValue(source == null ? null : source.hubId());
        everyHours.setValue(source == null ? 24 : (int) Math.max(1, source.every().toHours()));
        publish.setValue(source == null || source.publish());
        enabled.setValue(source == null || source.enabled());
        save.setEnabled(source != null);
        runNow.setEnabled(source != null);
    }

    @Nullable ImportSource editing() {
        return editing;
    }

    SourceSettings settings() {
        Integer hours = everyHours.getValue();
        return new SourceSettings(name.getValue(), kind.getValue() == null ? SourceKind.ORUK : kind.getValue(),
                url.getValue(), hub.getValue() == null ? "" : hub.getValue(),
                Duration.ofHours(hours == null ? 0 : hours), publish.getValue(), enabled.getValue());
    }
}
