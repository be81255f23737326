package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Small helpers the import cases share. */
final class DirectoryImportCasesSupport {

    private DirectoryImportCasesSupport() {}

    /** The outcome of a claim run on another thread. */
    static boolean done(Future<Boolean> claim) {
        try {
            return claim.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("A claim failed", e);
        }
    }
}
