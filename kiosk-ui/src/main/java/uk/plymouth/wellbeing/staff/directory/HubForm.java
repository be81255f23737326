package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Every field a hub has in the files: where it is, how to reach it, when it is open, getting in. */
class HubForm extends Div implements FormPart {

    final TextField id = new TextField("Id (never changes)");
    final TextField name = new TextField("Name");
    final TextField operator = new TextField("Who runs it");
    final TextArea address = new TextArea("Address, one line per line");
    final TextField postcode = new TextField("Postcode");
    final TextField neighbourhood = new TextField("Neighbourhood");
    final TextField lat = new TextField("Map position: latitude");
    final TextField lon = new TextField("Map position: longitude");
    final TextField phone = new TextField("Phone");
    final TextField email = new TextField("Email (optional)");
    final TextField website = new TextField("Website (optional)");
    final Checkbox sportsHub = new Checkbox("It is a sports hub");
    final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);
    final TextArea gettingThere = new TextArea("Getting there (optional)");
    final TextArea accessibility = new TextArea("Getting in: step-free access, toilets, hearing loop");

    HubForm() {
        addClassName("directory-form");
        id.setHelperText("Lower-case words joined by hyphens, like four-greens. It cannot be changed later.");
        name.setWidthFull();
        address.setWidthFull();
        lat.setHelperText("Like 50.4215");
        lon.setHelperText("Like -4.1432");
        gettingThere.setWidthFull();
        accessibility.setWidthFull();
        Div week = new Div(new H3("Opening hours"));
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField open = new TextField(Weekdays.inWords(key(day)));
            open.setHelperText(day == DayOfWeek.MONDAY ? "Like 09:00-17:00, or 09:00-12:30, 13:30-17:00, or closed"
                    : "");
            hours.put(day, open);
            week.add(open);
        }
        add(new H3("About it"), name, id, operator, address, postcode, neighbourhood, lat, lon, phone, email,
                website, sportsHub, week, gettingThere, accessibility);
    }

    private static String key(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    void newItem(boolean isNew) {
        id.setReadOnly(!isNew);
    }

    @Override
    public void fill(Map<String, ?> fields) {
        id.setValue(FieldValues.text(fields, "id"));
        name.setValue(FieldValues.text(fields, "name"));
        operator.setValue(FieldValues.text(fields, "operator"));
        address.setValue(String.join("\n", FieldValues.words(fields, "address")));
        postcode.setValue(FieldValues.text(fields, "postcode"));
        neighbourhood.setValue(FieldValues.text(fields, "neighbourhood"));
        Map<String, ?> location = FieldValues.group(fields, "location");
        lat.setValue(FieldValues.text(location, "lat"));
        lon.setValue(FieldValues.text(location, "lon"));
        phone.setValue(FieldValues.text(fields, "phone"));
        email.setValue(FieldValues.text(fields, "email"));
        website.setValue(FieldValues.text(fields, "website"));
        sportsHub.setValue(Boolean.parseBoolean(FieldValues.text(fields, "sports_hub")));
        Map<String, ?> week = FieldValues.group(fields, "opening_hours");
        hours.forEach((day, open) -> open.setValue(FieldValues.text(week, key(day))));
        gettingThere.setValue(FieldValues.text(fields, "getting_there"));
        accessibility.setValue(FieldValues.text(fields, "accessibility"));
    }

    @Override
    public void collect(Map<String, Object> fields) {
        FieldValues.put(fields, "id", id.getValue());
        FieldValues.put(fields, "name", name.getValue());
        FieldValues.put(fields, "operator", operator.getValue());
        FieldValues.putList(fields, "address", Arrays.stream(address.getValue().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        FieldValues.put(fields, "postcode", postcode.getValue());
        FieldValues.put(fields, "neighbourhood", neighbourhood.getValue());
        Map<String, Object> location = new LinkedHashMap<>();
        FieldValues.put(location, "lat", lat.getValue());
        FieldValues.put(location, "lon", lon.getValue());
        if (!location.isEmpty()) {
            fields.put("location", location);
        }
        FieldValues.put(fields, "phone", phone.getValue());
        FieldValues.put(fields, "email", email.getValue());
        FieldValues.put(fields, "website", website.getValue());
        fields.put("sports_hub", String.valueOf(sportsHub.getValue()));
        Map<String, Object> week = new LinkedHashMap<>();
        hours.forEach((day, open) -> FieldValues.put(week, key(day), open.getValue()));
        if (!week.isEmpty()) {
            fields.put("opening_hours", week);
        }
        FieldValues.put(fields, "getting_there", gettingThere.getValue());
        FieldValues.put(fields, "accessibility", accessibility.getValue());
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        inputs.put("id", id);
        inputs.put("name", name);
        inputs.put("operator", operator);
        inputs.put("address", address);
        inputs.put("postcode", postcode);
        inputs.put("neighbourhood", neighbourhood);
        inputs.put("phone", phone);
        inputs.put("email", email);
        inputs.put("website", website);
        inputs.put("getting_there", gettingThere);
        inputs.put("accessibility", accessibility);
        inputs.put("location", lat);
        inputs.put("location.lat", lat);
        inputs.put("location.lon", lon);
        inputs.put("opening_hours", hours.get(DayOfWeek.MONDAY));
        hours.forEach((day, open) -> inputs.put("opening_hours." + key(day), open));
        return inputs;
    }
}
