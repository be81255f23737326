package uk.plymouth.wellbeing.signposting.survey;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the survey files are, which surveys not to offer, and which are for staff only.
 *
 * @param location the content folder holding {@code surveys/}, as a Spring resource location; empty (the default)
 *     means the same folder as the directory ({@code hub.catalogue.location})
 * @param disabled ids of surveys not to offer whatever their files say, such as {@code swemwbs} until the hub's
 *     licence from the University of Warwick is in place ({@code hub.surveys.disabled=swemwbs})
 * @param staffOnly ids of surveys for staff, volunteers and partners: never listed to residents (on the kiosk or
 *     when a resident texts SURVEY), though their own keyword still starts them by text
 */
@ConfigurationProperties("hub.surveys")
public record SurveyProperties(@DefaultValue("") String location, @DefaultValue List<String> disabled,
        @DefaultValue("staff-satisfaction") List<String> staffOnly) {

    @ConstructorBinding
    public SurveyProperties {
        disabled = List.copyOf(disabled);
        staffOnly = List.copyOf(staffOnly);
    }

    /** With the default staff-only survey. */
    public SurveyProperties(String location, List<String> disabled) {
        this(location, disabled, List.of("staff-satisfaction"));
    }

    /** Whether residents may be offered the survey (it may still be switched off). */
    public boolean forResidents(String surveyId) {
        return !staffOnly.contains(surveyId);
    }
}
