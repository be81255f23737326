package uk.plymouth.wellbeing.signposting.survey;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the survey files are and which surveys not to offer.
 *
 * @param location the content folder holding {@code surveys/}, as a Spring resource location; empty (the default)
 *     means the same folder as the directory ({@code hub.catalogue.location})
 * @param disabled ids of surveys not to offer whatever their files say, such as {@code swemwbs} until the hub's
 *     licence from the University of Warwick is in place ({@code hub.surveys.disabled=swemwbs})
 */
@ConfigurationProperties("hub.surveys")
public record SurveyProperties(@DefaultValue("") String location, @DefaultValue List<String> disabled) {}
