package uk.plymouth.wellbeing.signposting.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A crisis evaluation file under {@code src/test/resources/crisis/}: label, kind, text per line. */
record LabelledTexts(String file, String language, List<Text> texts) {

    /** One labelled text; {@code kind} is the danger of a crisis text, or the kind whose words an ordinary one shares. */
    record Text(boolean crisis, CrisisKind kind, String text) {}

    static final Path FOLDER = Path.of("src", "test", "resources", "crisis");

    static LabelledTexts read(String file, String language) throws IOException {
        List<Text> texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            assertThat(parts).as("%s line %d: label, kind, text", file, i + 1).hasSize(3);
            assertThat(parts[0]).as("%s line %d", file, i + 1).isIn("crisis", "ordinary");
            CrisisKind kind = CrisisKind.fromId(parts[1]).orElseThrow(() -> new AssertionError(file + " line "
                    + lines.size() + ": unknown kind"));
            texts.add(new Text(parts[0].equals("crisis"), kind, parts[2]));
        }
        return new LabelledTexts(file, language, List.copyOf(texts));
    }

    long crisisCount() {
        return texts.stream().filter(Text::crisis).count();
    }
}
