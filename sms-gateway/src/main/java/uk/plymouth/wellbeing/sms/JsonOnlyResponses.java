package uk.plymouth.wellbeing.sms;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Twilio's SDK brings {@code jackson-dataformat-xml} (its TwiML builders need it), and with it on the classpath Spring
 * MVC would start answering JSON endpoints, such as the open data API, in XML to any client that prefers XML (every
 * browser does). This takes that converter out again, so the app answers as it did before the SMS channel arrived.
 * TwiML is written by the SDK as a string and is not affected.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JsonOnlyResponses implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
    }
}
