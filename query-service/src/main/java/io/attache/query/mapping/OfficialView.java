package io.attache.query.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Official", description = "Everything the store knows of one official: names seen, posts over time, "
        + "events, agreements signed, the articles with the spans that name them, and why those mentions were merged")
public record OfficialView(
        @Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String id,
        @Schema(description = "Display name, as most often printed", examples = "Hoàng Xuân Chiến") String name,
        @Schema(description = "Folded display name: lower case, no diacritics", examples = "hoang xuan chien") String asciiName,
        @Schema(examples = "VN") String country,
        @Schema(examples = "Senior Lieutenant General") String rank,
        List<Alias> aliases,
        @Schema(description = "Posts by canonical title, most recent first") List<Post> posts,
        @Schema(description = "Events participated in, most recent first") List<EventRole> events,
        @Schema(description = "Agreements this official signed, most recent first") List<AgreementSummary> agreements,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = SourceView.class,
                description = "Articles naming this official, most recent first (at most 200)")
        String sources,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = ResolutionView.class,
                description = "Why each article's mention was resolved to this item, oldest first") String resolution,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "OfficialAlias", description = "A surface form seen in articles")
    public record Alias(@Schema(examples = "Hoang Xuan Chien") String alias,
            @Schema(examples = "3") int timesSeen, LocalDate firstSeen, LocalDate lastSeen) {
    }

    @Schema(name = "OfficialPost", description = "A post (canonical title) and every wording it was printed in")
    public record Post(@Schema(examples = "Deputy Minister of National Defence") String title,
            @Schema(examples = "[\"Deputy Minister of National Defence\", \"Vice Minister of Defense\"]") List<String> printed,
            @Schema(examples = "Ministry of National Defence") String organization,
            LocalDate firstSeen, LocalDate lastSeen) {
    }

    @Schema(name = "OfficialEvent", description = "An event and the official's role at it")
    public record EventRole(String id, String kind, String name, LocalDate date, String city, String hostCountry,
            List<String> parties,
            @Schema(description = "head_of_delegation, host, participant or signatory", examples = "head_of_delegation")
            String role) {
    }
}
