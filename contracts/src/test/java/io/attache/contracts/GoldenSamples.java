package io.attache.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the golden JSON samples; shipped in the test-jar so producer and consumer tests read the same files. */
public final class GoldenSamples {
    public static final String ARTICLE_SUBMITTED = "article-submitted.json";
    public static final String CHANGE_OFFICIAL_CREATED = "change-official-created.json";
    public static final String CHANGE_ARTICLE_PROCESSED = "change-article-processed.json";

    public static String read(String name) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GoldenSamples() {
    }
}
