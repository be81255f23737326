package uk.plymouth.wellbeing.signposting.survey.store;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SurveyStoreProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyStoreProperties.class)
class SurveyStoreConfiguration {}
