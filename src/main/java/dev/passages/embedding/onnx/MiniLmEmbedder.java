package dev.passages.embedding.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.passages.embedding.Embedder;

import java.io.IOException;
import java.io.InputStream;

/**
 * all-MiniLM-L6-v2, int8-quantised, run by ONNX Runtime in this process: the only class that touches the model's
 * libraries, loaded apart from the rest of passages ({@link dev.passages.embedding.ModelLibrary}).
 */
public final class MiniLmEmbedder implements Embedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final AbstractInProcessEmbeddingModel model;

    public MiniLmEmbedder() throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        // one thread per call: the indexer's workers run one call each on every core, and two threads for
        // one short paragraph were often slower than one
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtSession session = env.createSession(resource(MODEL).readAllBytes(), options);
        OnnxBertBiEncoder encoder;
        try (InputStream tokenizer = resource(TOKENIZER)) {
            encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        }
        // the calling thread does the work: the caller decides how many run at once
        this.model = new AbstractInProcessEmbeddingModel(Runnable::run) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return DIMENSIONS;
            }
        };
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not in the model's jar");
        }
        return in;
    }

    @Override
    public String name() {
        return dev.passages.embedding.ModelLibrary.NAME;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        float[] v = model.embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            // a dot product needs unit vectors; a text without a word piece is near nothing, and this one is
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }
}
