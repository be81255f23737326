package uk.plymouth.wellbeing.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every word on screen, from {@code i18n/kiosk*.properties}. Add a language by adding a file: anything it does not
 * translate falls back to English, so a partial translation is still usable.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "i18n/kiosk";
    public static final Locale ENGLISH = Locale.UK;
    private static final List<Locale> PROVIDED = List.of(ENGLISH, Locale.forLanguageTag("pl"));
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return PROVIDED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookUp(key, locale);
        if (pattern == null) {
            pattern = lookUp(key, ENGLISH);
        }
        if (pattern == null) {
            log.warn("No text for key {}", key);
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The language's name in that language, for the language picker ("English", "Polski"). */
    public String nameOf(Locale locale) {
        return getTranslation("language.name", locale);
    }

    private static String lookUp(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
