package io.attache.query.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aggregates for dashboards: counts of events and agreements by pair, kind, month, and by official. */
public final class StatsView {
    private StatsView() {
    }

    @Schema(name = "PairCount", description = "Events and agreements with both countries of the pair among their parties")
    public record PairCount(
            @Schema(description = "The two ISO codes, sorted, joined by '-'", examples = "JP-VN") String pair,
            @Schema(description = "The two countries, sorted", examples = "[\"JP\", \"VN\"]") List<String> countries,
            @Schema(examples = "12") long events,
            @Schema(examples = "3") long agreements,
            @Schema(description = "events + agreements", examples = "15") long total) {
    }

    @Schema(name = "PairStats", description = "Country pairs, by total desc then pair")
    public record PairStats(List<PairCount> items) {
    }

    @Schema(name = "KindCount", description = "How many items of one kind")
    public record KindCount(@Schema(examples = "talks") String kind, @Schema(examples = "7") long count) {
    }

    @Schema(name = "KindStats", description = "Events per event kind and agreements per agreement kind, each by count "
            + "desc then kind; kinds with no item are left out")
    public record KindStats(List<KindCount> events, List<KindCount> agreements) {
    }

    @Schema(name = "MonthCount", description = "Events and agreements dated in one month")
    public record MonthCount(
            @Schema(description = "YYYY-MM", examples = "2025-12") String month,
            @Schema(examples = "4") long events,
            @Schema(examples = "1") long agreements,
            @Schema(description = "events + agreements", examples = "5") long total) {
    }

    @Schema(name = "MonthStats", description = "Months with at least one item, oldest first")
    public record MonthStats(List<MonthCount> items) {
    }

    @Schema(name = "OfficialCount", description = "An official's activity: events taken part in, agreements signed")
    public record OfficialCount(
            @Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String id,
            @Schema(examples = "Hoàng Xuân Chiến") String name,
            @Schema(description = "ISO 3166-1 alpha-2, null when unknown", examples = "VN") String country,
            @Schema(description = "Events taken part in (event_participant)", examples = "6") long events,
            @Schema(description = "Agreements signed (agreement_signatory)", examples = "2") long agreements,
            @Schema(description = "events + agreements", examples = "8") long total) {
    }

    @Schema(name = "OfficialStats", description = "Most active officials, by total desc, then name, then id")
    public record OfficialStats(List<OfficialCount> items) {
    }
}
