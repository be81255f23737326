package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;

/** Every field a service has in the files, in the order a hub worker thinks of them. */
class ServiceForm extends Div implements FormPart {

    final CommonInputs common = new CommonInputs();
    final TextField name = new TextField("Name");
    final CheckboxGroup<String> hubs = new CheckboxGroup<>("Hubs where it is offered");
    final TextField summary = new TextField("Summary (one sentence)");
    final TextField when = new TextField("When, in words (optional)");
    final SessionsEditor sessions = new SessionsEditor();
    final CheckboxGroup<String> access = new CheckboxGroup<>("How people use it");
    final TextField phone = new TextField("Phone (leave empty to use the hub's)");
    final TextField email = new TextField("Email (optional)");
    final TextField website = new TextField("Website (optional)");
    final TextField provider = new TextField("Who delivers it, if not the hub (optional)");
    final Map<String, String> hubNames;

    /** @param hubNames the hubs this member of staff may choose, by id */
    ServiceForm(Map<String, String> hubNames) {
        this.hubNames = new LinkedHashMap<>(hubNames);
        addClassName("directory-form");
        name.setWidthFull();
        name.setMaxLength(80);
        summary.setWidthFull();
        summary.setMaxLength(160);
        summary.setHelperText("Up to 160 characters; it shows on the result card.");
        hubs.setItems(this.hubNames.keySet());
        hubs.setItemLabelGenerator(id -> this.hubNames.getOrDefault(id, id));
        when.setWidthFull();
        when.setPlaceholder("Drop in on Tuesday mornings, or ring to book any weekday.");
        access.setItems(java.util.Arrays.stream(AccessMode.values()).map(AccessMode::id).toList());
        access.setItemLabelGenerator(ServiceForm::accessInWords);
        add(new H3("About it"), name, common.id, hubs, common.category, summary, common.description,
                common.whoFor, new H3("When it runs"), when, sessions, new H3("Cost and getting in"), common.cost,
                access, phone, email, website, provider, common.tags, new H3("Open or closed"), common.closure,
                common.lastVerified);
    }

    static String accessInWords(String mode) {
        return switch (mode) {
            case "drop-in" -> "Just drop in";
            case "appointment" -> "Book an appointment";
            case "referral" -> "Needs a referral";
            case "phone" -> "By phone";
            default -> mode;
        };
    }

    @Override
    public void fill(Map<String, ?> fields) {
        common.fill(fields);
        name.setValue(FieldValues.text(fields, "name"));
        List<String> itsHubs = FieldValues.words(fields, "hubs");
        Set<String> choices = new LinkedHashSet<>(hubNames.keySet());
        choices.addAll(itsHubs); // a hub this member does not work for stays, so nothing is lost on saving
        hubs.setItems(choices);
        hubs.setValue(new LinkedHashSet<>(itsHubs));
        summary.setValue(FieldValues.text(fields, "summary"));
        when.setValue(FieldValues.text(fields, "when"));
        sessions.fill(fields);
        access.setValue(new LinkedHashSet<>(FieldValues.words(fields, "access")));
        Map<String, ?> contact = FieldValues.group(fields, "contact");
        phone.setValue(FieldValues.text(contact, "phone"));
        email.setValue(FieldValues.text(contact, "email"));
        website.setValue(FieldValues.text(contact, "website"));
        provider.setValue(FieldValues.text(fields, "provider"));
    }

    @Override
    public void collect(Map<String, Object> fields) {
        common.collect(fields);
        FieldValues.put(fields, "name", name.getValue());
        FieldValues.putList(fields, "hubs", hubs.getValue().stream().sorted().toList());
        FieldValues.put(fields, "summary", summary.getValue());
        FieldValues.put(fields, "when", when.getValue());
        sessions.collect(fields);
        FieldValues.putList(fields, "access", access.getValue().stream().sorted().toList());
        Map<String, Object> contact = new LinkedHashMap<>();
        FieldValues.put(contact, "phone", phone.getValue());
        FieldValues.put(contact, "email", email.getValue());
        FieldValues.put(contact, "website", website.getValue());
        if (!contact.isEmpty()) {
            fields.put("contact", contact);
        }
        FieldValues.put(fields, "provider", provider.getValue());
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>(common.inputs());
        inputs.put("name", name);
        inputs.put("hubs", hubs);
        inputs.put("summary", summary);
        inputs.put("when", when);
        inputs.putAll(sessions.inputs());
        inputs.put("access", access);
        inputs.put("contact.phone", phone);
        inputs.put("contact.email", email);
        inputs.put("contact.website", website);
        inputs.put("provider", provider);
        return inputs;
    }
}
