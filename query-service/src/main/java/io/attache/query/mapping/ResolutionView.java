package io.attache.query.mapping;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of an item's resolution record, which PostgreSQL renders (SourceQueries). */
@Schema(name = "Resolution", description = "Why what an article said was resolved to this item: created as new, or "
        + "matched to the stored item, with the features that matched and a score")
public record ResolutionView(
        @Schema(examples = "art_67a70bac5fd565764689b9cf") String articleId,
        LocalDate publishedAt,
        @Schema(description = "created or matched", examples = "matched") String decision,
        @Schema(description = "Confidence of the decision, 0 to 1", examples = "0.95") double score,
        @Schema(description = "The features the decision rests on, e.g. {\"nameKey\": \"chien-hoang-xuan\", "
                + "\"country\": \"VN\"} or {\"kind\": \"same\", \"date\": \"same day\"}") Map<String, Object> features) {
}
