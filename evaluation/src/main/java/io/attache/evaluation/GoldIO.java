package io.attache.evaluation;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and writes gold files (the format of shared/corpus/gold/*.json). Unknown fields are ignored. */
public final class GoldIO {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private GoldIO() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static GoldArticle read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), GoldArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    public static GoldArticle parse(String json) {
        try {
            return MAPPER.readValue(json, GoldArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse gold JSON: " + e.getMessage(), e);
        }
    }

    public static String toJson(GoldArticle gold) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(gold) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(GoldArticle gold, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(gold), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All *.json files of a directory, sorted by file name. */
    public static List<Path> goldFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold directory " + dir, e);
        }
    }
}
