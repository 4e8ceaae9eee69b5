package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesTheSeedsAndWritesJson() throws Exception {
        Path json = tmp.resolve("figures.json");
        int status = run("--json", json.toString(), "../../shared/corpus/seeds", "../../shared/corpus/gold");
        assertThat(status).as(err.toString()).isZero();
        String o = out.toString(StandardCharsets.UTF_8);
        assertThat(o).contains("officials", "titles", "countries", "main-events", "agreements", "Summary: 2 articles");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[1/2] seed-000", "[2/2] seed-001");
        JsonNode root = GoldIO.mapper().readTree(json.toFile());
        assertThat(root.get("articles").asInt()).isEqualTo(2);
        JsonNode officials = root.get("kinds").get("officials");
        // every gold official is either found or missed
        assertThat(officials.get("tp").asInt() + officials.get("fn").asInt()).isEqualTo(13);
        assertThat(root.get("kinds").get("main-events").get("tp").asInt() + root.get("kinds").get("main-events").get("fn").asInt()).isEqualTo(2);
        assertThat(root.get("per_article")).hasSize(2);
    }

    @Test
    void thresholdsDecideTheExitStatus() throws Exception {
        Path corpus = tmp.resolve("c");
        Files.createDirectories(corpus.resolve("gold"));
        Files.createDirectories(corpus.resolve("texts"));
        // an empty text cannot yield anything, so the figures do not depend on the engine's quality
        Files.writeString(corpus.resolve("texts/t1.txt"), "");
        Files.writeString(corpus.resolve("gold/t1.json"), "{\"id\":\"t1\",\"text_file\":\"texts/t1.txt\",\"published\":\"2025-01-02\","
                + "\"officials\":[{\"key\":\"P:JP:a-b\",\"name\":\"Aoki Ken\",\"country\":\"JP\"}],\"events\":[],\"agreements\":[]}");
        assertThat(run("--min", "agreements=1.0", "--min", "main-events=1", corpus.resolve("texts").toString(), corpus.resolve("gold").toString()))
                .isZero();
        assertThat(run("--quiet", "--min", "officials=0.5", corpus.resolve("texts").toString(), corpus.resolve("gold").toString()))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("THRESHOLD MISSED: officials");
        assertThat(run("--min", "bogus=0.5", "a", "b")).isEqualTo(1);
        assertThat(run("only-one-dir")).isEqualTo(1);
    }

    @Test
    void textIsFoundByIdWhenTextFileIsMissing() throws Exception {
        Path gold = tmp.resolve("g");
        Path texts = tmp.resolve("t");
        Files.createDirectories(gold);
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("x1.txt"), "");
        Files.writeString(gold.resolve("x1.json"), "{\"id\":\"x1\",\"published\":\"2025-01-02\"}");
        Files.writeString(gold.resolve("x2.json"), "{\"id\":\"x2\",\"published\":\"2025-01-02\"}");
        var cases = Evaluation.load(texts, gold, m -> { });
        assertThat(cases).extracting(c -> c.gold().id()).containsExactly("x1");
    }
}
