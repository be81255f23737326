package uk.plymouth.wellbeing.signposting.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 run in this process by LangChain4j: the ONNX model and its tokenizer ship inside the Maven jar,
 * so nothing is downloaded. Loading takes a second or more, so the application keeps one instance.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** The two variants on offer: the quantised one is smaller and faster. */
    public enum Variant {
        FULL("all-minilm-l6-v2"),
        QUANTISED("all-minilm-l6-v2-q");

        private final String id;

        Variant(String id) {
            this.id = id;
        }
    }

    private final Variant variant;
    private final EmbeddingModel model;

    private MiniLmEmbedder(Variant variant, EmbeddingModel model) {
        this.variant = variant;
        this.model = model;
    }

    public static MiniLmEmbedder load(Variant variant) {
        EmbeddingModel model = variant == Variant.FULL ? new AllMiniLmL6V2EmbeddingModel()
                : new AllMiniLmL6V2QuantizedEmbeddingModel();
        return new MiniLmEmbedder(variant, model);
    }

    @Override
    public String modelId() {
        return variant.id;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(text)));
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(segments).content()) {
            out.add(embedding.vector());
        }
        return out;
    }
}
