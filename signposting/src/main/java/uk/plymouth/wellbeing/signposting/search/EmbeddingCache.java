package uk.plymouth.wellbeing.signposting.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors already worked out, keyed by the SHA-256 of the model id and the exact text embedded, so a rebuild or a
 * restart with unchanged content embeds nothing. Kept in memory and, when given a directory, in one file per model
 * there ({@code embeddings-MODEL.bin}). A damaged or foreign file is ignored and rewritten.
 */
final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x48554245; // "HUBE"
    private static final int VERSION = 1;

    private final @Nullable Path file;
    private final String modelId;
    private final int dimensions;
    private Map<String, float[]> vectors;

    EmbeddingCache(@Nullable Path directory, String modelId, int dimensions) {
        this(directory, "embeddings", modelId, dimensions);
    }

    /** A cache in its own file, {@code NAME-MODEL.bin}. */
    EmbeddingCache(@Nullable Path directory, String name, String modelId, int dimensions) {
        this.file = directory == null ? null : directory.resolve(name + "-" + modelId + ".bin");
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.vectors = read();
    }

    /** The key of a text: SHA-256 of the model id and the text. */
    String keyOf(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    synchronized float @Nullable [] get(String key) {
        return vectors.get(key);
    }

    synchronized int size() {
        return vectors.size();
    }

    /**
     * Keeps exactly these entries (the vectors of the content just indexed, so the cache never outgrows the
     * directory) and writes them to the file if anything changed.
     */
    synchronized void replaceWith(Map<String, float[]> current, boolean changed) {
        vectors = new HashMap<>(current);
        if (file != null && (changed || !Files.exists(file))) {
            write();
        }
    }

    /** Adds these entries to those kept in memory, leaving the file as it is. */
    synchronized void remember(Map<String, float[]> more) {
        vectors.putAll(more);
    }

    /** Adds these entries to those kept (example sentences: a few thousand at most) and writes them if new. */
    synchronized void addAll(Map<String, float[]> more) {
        int before = vectors.size();
        vectors.putAll(more);
        if (file != null && (vectors.size() != before || !Files.exists(file))) {
            write();
        }
    }

    private Map<String, float[]> read() {
        Map<String, float[]> out = new HashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != dimensions) {
                log.warn("Ignoring embedding cache {}: not this format or model", file);
                return out;
            }
            int count = in.readInt();
            byte[] hash = new byte[32];
            for (int i = 0; i < count; i++) {
                in.readFully(hash);
                float[] vector = new float[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = in.readFloat();
                }
                out.put(HexFormat.of().formatHex(hash), vector);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring damaged embedding cache {}: {}", file, e.toString());
            return new HashMap<>();
        }
        return out;
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "embeddings-", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temporary);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(dimensions);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    out.write(HexFormat.of().parseHex(entry.getKey()));
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves time: the search works without it
            log.warn("Could not write the embedding cache {}: {}", file, e.toString());
        }
    }
}
