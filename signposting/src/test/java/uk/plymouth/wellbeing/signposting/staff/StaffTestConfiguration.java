package uk.plymouth.wellbeing.signposting.staff;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link StaffAccountsCases} adds to the signposting test application: a clock the tests move, and the real
 * password encoder counting its checks ({@link CountingPasswordEncoder}).
 */
@TestConfiguration(proxyBeanMethods = false)
class StaffTestConfiguration {

    @Bean
    @Primary
    MutableClock movingClock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }

    @Bean
    CountingPasswordEncoder countingPasswordEncoder() {
        return new CountingPasswordEncoder();
    }

    /** Puts the counter in front of the app's own {@code staffPasswordEncoder}. */
    @Bean
    static BeanPostProcessor countPasswordChecks(org.springframework.beans.factory.ObjectProvider<
            CountingPasswordEncoder> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("staffPasswordEncoder".equals(name) && bean instanceof PasswordEncoder) {
                    CountingPasswordEncoder counting = counter.getObject();
                    counting.delegate = (PasswordEncoder) bean;
                    return counting.asEncoder();
                }
                return bean;
            }
        };
    }

    /** Counts the real encoder's {@code matches} calls: every login try should make exactly one. */
    static final class CountingPasswordEncoder {

        final AtomicLong matches = new AtomicLong();
        volatile PasswordEncoder delegate;

        PasswordEncoder asEncoder() {
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return delegate.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    matches.incrementAndGet();
                    return delegate.matches(raw, encoded);
                }

                @Override
                public boolean upgradeEncoding(String encoded) {
                    return delegate.upgradeEncoding(encoded);
                }
            };
        }
    }
}
