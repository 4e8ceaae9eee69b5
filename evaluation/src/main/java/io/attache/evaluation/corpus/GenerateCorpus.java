package io.attache.evaluation.corpus;

import io.attache.evaluation.GoldIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GenerateCorpus OUT_DIR COUNT [SEED]}: writes {@code OUT_DIR/texts/gen-NNNNN.txt} and
 * {@code OUT_DIR/gold/gen-NNNNN.json} (gold {@code text_file} = "texts/gen-NNNNN.txt"). Default seed 1.
 * Evaluate it with {@code EvaluateCommand OUT_DIR/texts OUT_DIR/gold}.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateCorpus OUT_DIR COUNT [SEED]");
            System.exit(1);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        Path texts = out.resolve("texts");
        Path gold = out.resolve("gold");
        Files.createDirectories(texts);
        Files.createDirectories(gold);
        ArticleGenerator gen = new ArticleGenerator(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            GeneratedArticle a = gen.next();
            Files.writeString(texts.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            GoldIO.write(a.gold(), gold.resolve(a.id() + ".json"));
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%d articles (seed %d, %.1f KB of text on average) written to %s%n", count, seed,
                count == 0 ? 0.0 : bytes / 1024.0 / count, out.toAbsolutePath());
    }
}
