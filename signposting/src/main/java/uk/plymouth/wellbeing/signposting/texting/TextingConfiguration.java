package uk.plymouth.wellbeing.signposting.texting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class TextingConfiguration {}
