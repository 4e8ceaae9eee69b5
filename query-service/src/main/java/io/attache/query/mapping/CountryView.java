package io.attache.query.mapping;

import io.attache.query.mapping.Pages.AgreementPage;
import io.attache.query.mapping.Pages.EventPage;
import io.attache.query.mapping.Pages.OfficialPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country", description = "A country's record: how many officials, events and agreements the store has, "
        + "with the first page of each (follow `next` into the filtered collections)")
public record CountryView(
        @Schema(examples = "VN") String code,
        @Schema(description = "English short name", examples = "Vietnam") String name,
        @Schema(examples = "42") long officialCount,
        @Schema(description = "Events the country was a party to", examples = "17") long eventCount,
        @Schema(description = "Agreements the country is a party to", examples = "9") long agreementCount,
        @Schema(description = "Its officials, by name") OfficialPage officials,
        @Schema(description = "Its events, most recent first") EventPage events,
        @Schema(description = "Its agreements, most recent first") AgreementPage agreements) {
}
