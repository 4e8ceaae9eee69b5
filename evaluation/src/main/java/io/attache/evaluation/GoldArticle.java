package io.attache.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One gold file: the facts a careful reader takes from one article. See docs/evaluation.md for every field.
 *
 * @param id         article id, unique in the corpus ("seed-000", "hw-007", "gen-00042")
 * @param textFile   path of the article text, relative to the corpus directory (the gold directory's parent)
 * @param publisher  outlet or issuing body, may be null
 * @param published  publication date "YYYY-MM-DD", may be null; relative dates in the text are read against it
 * @param events     meetings reported by the article
 * @param officials  persons holding public office named in the article
 * @param agreements documents signed, referenced or planned
 * @param topics     free-text topics (informative, not scored)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "text_file", "publisher", "published", "events", "officials", "agreements", "topics"})
public record GoldArticle(
        @JsonProperty("id") String id,
        @JsonProperty("text_file") String textFile,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("published") String published,
        @JsonProperty("events") List<GoldEvent> events,
        @JsonProperty("officials") List<GoldOfficial> officials,
        @JsonProperty("agreements") List<GoldAgreement> agreements,
        @JsonProperty("topics") List<String> topics) {

    public GoldArticle {
        events = events == null ? List.of() : List.copyOf(events);
        officials = officials == null ? List.of() : List.copyOf(officials);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The publication date, or null when absent or not a full ISO date. */
    public LocalDate publishedDate() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * @param key         stable identity of the event across articles ("E:2025-12-04:JP-VN:vice-ministerial-2plus2")
     * @param kind        talks, consultation, dialogue, meeting, reception, visit, signing, phone_call, summit, conference
     * @param date        "YYYY-MM-DD" (or a shorter prefix "YYYY-MM" / "YYYY" when only that is known), may be null
     * @param city        city in common English spelling, may be null (phone calls)
     * @param hostCountry ISO 3166-1 alpha-2, may be null
     * @param parties     ISO alpha-2 codes of the countries that met
     * @param main        true for the event the article is mainly about
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"key", "kind", "date", "city", "host_country", "parties", "main"})
    public record GoldEvent(
            @JsonProperty("key") String key,
            @JsonProperty("kind") String kind,
            @JsonProperty("date") String date,
            @JsonProperty("city") String city,
            @JsonProperty("host_country") String hostCountry,
            @JsonProperty("parties") List<String> parties,
            @JsonProperty("main") boolean main) {
        public GoldEvent {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    /**
     * @param key          stable identity across articles ("P:VN:hoang-xuan-chien")
     * @param name         the fullest name as printed in this article, diacritics kept, without honorific or rank
     * @param country      ISO alpha-2 of the country the person serves
     * @param titles       posts as printed in this article
     * @param rank         canonical military/police rank ("Senior Lieutenant General") or null
     * @param organization organisation of the main post, may be null
     * @param mentions     every distinct printed form referring to the person (full name and short back-references)
     * @param roleInEvent  head_of_delegation, host, participant, signatory, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"key", "name", "country", "titles", "rank", "organization", "mentions", "role_in_event"})
    public record GoldOfficial(
            @JsonProperty("key") String key,
            @JsonProperty("name") String name,
            @JsonProperty("country") String country,
            @JsonProperty("titles") List<String> titles,
            @JsonProperty("rank") String rank,
            @JsonProperty("organization") String organization,
            @JsonProperty("mentions") List<String> mentions,
            @JsonProperty("role_in_event") String roleInEvent) {
        public GoldOfficial {
            titles = titles == null ? List.of() : List.copyOf(titles);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /**
     * @param key            stable identity across articles ("A:JP-VN:memorandum_of_understanding:search-and-rescue")
     * @param kind           memorandum_of_understanding, letter_of_intent, agreement, joint_statement,
     *                       joint_vision_statement, action_plan, treaty, protocol, other
     * @param titleOrSubject the document's title or what it is about
     * @param parties        ISO alpha-2 codes of the parties
     * @param partiesOrgs    signing organisations, "Ministry of Defence (JP)"
     * @param date           signing date (full or partial, "2011"), may be null
     * @param status         signed_in_this_event, referenced, planned
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"key", "kind", "title_or_subject", "parties", "parties_orgs", "date", "status"})
    public record GoldAgreement(
            @JsonProperty("key") String key,
            @JsonProperty("kind") String kind,
            @JsonProperty("title_or_subject") String titleOrSubject,
            @JsonProperty("parties") List<String> parties,
            @JsonProperty("parties_orgs") List<String> partiesOrgs,
            @JsonProperty("date") String date,
            @JsonProperty("status") String status) {
        public GoldAgreement {
            parties = parties == null ? List.of() : List.copyOf(parties);
            partiesOrgs = partiesOrgs == null ? List.of() : List.copyOf(partiesOrgs);
        }
    }
}
