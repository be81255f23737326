package uk.plymouth.wellbeing.signposting.directory;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Names, sizes and modification times of the content files on disk, to notice when staff edit them. */
final class ContentFingerprint {

    private static final String[] PATTERNS = {"*.yaml", "*.txt", "services/*.yaml", "activities/*.yaml"};

    private ContentFingerprint() {}

    static String of(String location) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        StringBuilder fingerprint = new StringBuilder();
        String base = location.endsWith("/") ? location : location + "/";
        for (String pattern : PATTERNS) {
            try {
                Resource[] files = resolver.getResources(base + pattern);
                Arrays.sort(files, Comparator.comparing(Resource::getDescription));
                for (Resource file : files) {
                    fingerprint.append(file.getDescription()).append(':').append(file.contentLength()).append(':')
                            .append(file.lastModified()).append('\n');
                }
            } catch (IOException e) {
                fingerprint.append(pattern).append(":unreadable\n");
            }
        }
        return fingerprint.toString();
    }
}
