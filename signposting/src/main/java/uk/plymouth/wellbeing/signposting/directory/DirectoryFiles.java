package uk.plymouth.wellbeing.signposting.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentWriter;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * The directory as content files, for admins: the live directory written out in the files' own format (to keep
 * in version control, or to move to another server), and the files loaded again on request, with an admin's
 * confirmation when a load would take many items off.
 */
@Service
public class DirectoryFiles {

    private final Catalogue catalogue;
    private final DirectoryLoader loader;

    DirectoryFiles(Catalogue catalogue, DirectoryLoader loader) {
        this.catalogue = catalogue;
        this.loader = loader;
    }

    /** A zip of hubs.yaml, postcodes.yaml, synonyms.txt, services/*.yaml and activities/*.yaml as live now. */
    public byte[] exportZip(StaffIdentity who) {
        checkAdmin(who);
        CatalogueSnapshot live = catalogue.snapshot();
        ContentSet set = new ContentSet(List.copyOf(live.hubs().values()), List.copyOf(live.services().values()),
                List.copyOf(live.activities().values()), live.districts(), live.synonyms());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("directory-export");
            new ContentWriter().writeFolder(set, folder);
            return zip(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the directory as files failed", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Loads the content files again; a load removing more than the set share needs {@code confirmRemoval}. */
    public DirectoryStatus reload(StaffIdentity who, boolean confirmRemoval) {
        checkAdmin(who);
        return loader.reload(confirmRemoval);
    }

    public DirectoryStatus status() {
        return loader.status();
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void checkAdmin(StaffIdentity who) {
        if (!who.isAdmin()) {
            throw new EditNotAllowedException("Only an admin can load or download the directory's files.");
        }
    }

    private static void deleteQuietly(java.nio.file.@org.jspecify.annotations.Nullable Path folder) {
        if (folder != null) {
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
