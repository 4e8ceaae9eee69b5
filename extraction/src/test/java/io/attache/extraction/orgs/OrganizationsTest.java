package io.attache.extraction.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.ExtractedOrganization;
import io.attache.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationsTest {

    private static ExtractedOrganization org(ExtractionResult r, String name, String country) {
        return r.organizations().stream().filter(o -> o.name().equals(name)
                && java.util.Objects.equals(o.country(), country)).findFirst()
                .orElseThrow(() -> new AssertionError(name + "/" + country + " not in " + r.organizations()));
    }

    @Test
    void possessiveCountryCarriesOverACoordination() {
        ExtractionResult r = Run.extract("They were joined by officials from Japan's Ministry of Foreign Affairs "
                + "(MOFA) and Ministry of Defense (MOD).");
        assertThat(org(r, "Ministry of Foreign Affairs", "JP").aliases()).contains("MOFA");
        assertThat(org(r, "Ministry of Defence", "JP").aliases()).contains("Ministry of Defense", "MOD");
        assertThat(org(r, "Ministry of Defence", "JP").kind()).isEqualTo("ministry");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Vietnamese Foreign Ministry said so.|Ministry of Foreign Affairs|VN|ministry",
        "Japan's Liberal Democratic Party won.|Liberal Democratic Party|JP|party",
        "ASEAN met.|Association of Southeast Asian Nations||international_body",
        "NATO met.|North Atlantic Treaty Organization||alliance",
        "The Ministry of Defence of Australia said.|Ministry of Defence|AU|ministry",
        "The Japan-India Parliamentary Friendship League met.|Japan-India Parliamentary Friendship League|JP|parliament"
    })
    void organisationsWithCountryAndKind(String text, String name, String country, String kind) {
        ExtractedOrganization o = org(Run.extract(text), name, country);
        assertThat(o.kind()).isEqualTo(kind);
        assertThat(o.mentions()).isNotEmpty();
    }

    @Test
    void organisationsOfOfficialsTitles() {
        ExtractionResult r = Run.extract("Vietnamese Deputy Minister of National Defence Lê Văn Thành spoke.");
        assertThat(org(r, "Ministry of National Defence", "VN").kind()).isEqualTo("ministry");
    }
}
