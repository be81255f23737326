package uk.plymouth.wellbeing.signposting.callback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallbackProperties.class)
class CallbackConfiguration {}
