package uk.plymouth.wellbeing.kiosk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KioskProperties.class)
class KioskConfiguration {}
