package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The inputs services and activities share: id, kind of help, description, who it is for, cost, tags, open or
 * closed, last checked. Each form places them in its own order.
 */
class CommonInputs implements FormPart {

    final TextField id = new TextField("Id (never changes)");
    final Select<String> category = new Select<>();
    final TextArea description = new TextArea("What happens (description)");
    final TextArea whoFor = new TextArea("Who it is for");
    final TextField cost = new TextField("Cost");
    final TextField tags = new TextField("Words residents might search for (tags)");
    final ClosureFields closure = new ClosureFields();
    final DatePicker lastVerified = Weekdays.date("Last checked", null);

    CommonInputs() {
        id.setHelperText("Lower-case words joined by hyphens, like fg-debt-advice. It cannot be changed later.");
        category.setLabel("Kind of help");
        category.setItems(Category.ids());
        category.setItemLabelGenerator(c -> Category.fromId(c).map(Category::label).orElse(c));
        description.setHelperText("In plain words: what happens when someone turns up.");
        description.setWidthFull();
        whoFor.setWidthFull();
        cost.setHelperText("\"free\", or words with a price, like £2 per session");
        tags.setHelperText("Separate them with commas, like debt, bills, bailiffs");
        tags.setWidthFull();
        lastVerified.setHelperText("The day someone last checked these details were right.");
    }

    /** Ids are for new items only: an item's id is how everything knows it. */
    void newItem(boolean isNew) {
        id.setReadOnly(!isNew);
    }

    @Override
    public void fill(Map<String, ?> fields) {
        id.setValue(FieldValues.text(fields, "id"));
        String kind = FieldValues.text(fields, "category");
        category.setValue(kind.isEmpty() ? null : kind);
        description.setValue(FieldValues.text(fields, "description"));
        whoFor.setValue(FieldValues.text(fields, "who_for"));
        cost.setValue(FieldValues.text(fields, "cost"));
        tags.setValue(String.join(", ", FieldValues.words(fields, "tags")));
        closure.fill(fields);
        lastVerified.setValue(FieldValues.date(fields, "last_verified"));
    }

    @Override
    public void collect(Map<String, Object> fields) {
        FieldValues.put(fields, "id", id.getValue());
        FieldValues.put(fields, "category", category.getValue());
        FieldValues.put(fields, "description", description.getValue());
        FieldValues.put(fields, "who_for", whoFor.getValue());
        FieldValues.put(fields, "cost", cost.getValue());
        FieldValues.putList(fields, "tags", FieldValues.commaSeparated(tags.getValue()));
        closure.collect(fields);
        FieldValues.put(fields, "last_verified", lastVerified.getValue());
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        inputs.put("id", id);
        inputs.put("category", category);
        inputs.put("description", description);
        inputs.put("who_for", whoFor);
        inputs.put("cost", cost);
        inputs.put("tags", tags);
        inputs.putAll(closure.inputs());
        inputs.put("last_verified", lastVerified);
        return inputs;
    }
}
