package uk.plymouth.wellbeing.signposting.testsupport;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory's tables, emptied children first, for tests that start from (or leave) no directory at all. */
public final class DirectoryTables {

    /** Every directory table, in an order foreign keys allow deleting in. */
    public static final List<String> ALL = List.of("directory_version", "directory_audit", "directory_change",
            "service_hub", "activity", "directory_service", "hub", "content_text", "content_load");

    private DirectoryTables() {}

    /** Empties the import tables first (they refer to items' sources), then {@link #ALL}. */
    public static void empty(JdbcTemplate jdbc) {
        for (String table : List.of("item_source", "import_source")) {
            jdbc.update("delete from " + table);
        }
        ALL.forEach(table -> jdbc.update("delete from " + table));
    }
}
