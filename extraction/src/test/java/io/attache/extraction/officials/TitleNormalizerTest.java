package io.attache.extraction.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vice-Minister of Defense for International Affairs|Vice Minister of Defence for International Affairs",
        "Vice Minister of Defence for International Affairs|Vice Minister of Defence for International Affairs",
        "Permanent Deputy Minister of Foreign Affairs|Standing Deputy Minister of Foreign Affairs",
        "Standing Deputy Minister of Foreign Affairs|Standing Deputy Minister of Foreign Affairs",
        "Deputy Foreign Minister|Deputy Minister of Foreign Affairs",
        "Deputy Minister of Foreign Affairs|Deputy Minister of Foreign Affairs",
        "Defence Minister|Minister of Defence",
        "Defense Minister|Minister of Defence",
        "defence minister|Minister of Defence",
        "Minister of Defense|Minister of Defence",
        "Minister of National Defence|Minister of National Defence",
        "Foreign Minister|Minister of Foreign Affairs",
        "Vice Foreign Minister|Vice Minister of Foreign Affairs",
        "External Affairs Minister|Minister of External Affairs",
        "Senior Deputy Minister for Foreign Affairs|Senior Deputy Minister for Foreign Affairs",
        "Director-General of the International Bureau|Director-General of the International Bureau",
        "Secretary-General|Secretary-General",
        "Vice-President|Vice President",
        "Defense Secretary|Secretary of Defence",
        "Chairwoman of the Japan–Việt Nam Parliamentary Friendship Alliance|Chairwoman of the Japan-Việt Nam Parliamentary Friendship Alliance",
        "Prime Minister|Prime Minister",
        "Deputy Prime Minister|Deputy Prime Minister",
        "Permanent Secretary|Permanent Secretary"
    })
    void canonicalTitles(String printed, String canonical) {
        assertThat(TitleNormalizer.canonical(printed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deputy Minister of National Defence|-|Ministry of National Defence",
        "Vice Minister of Defence for International Affairs|-|Ministry of Defence",
        "Senior Deputy Minister for Foreign Affairs|-|Ministry of Foreign Affairs",
        "Minister of Defence|-|Ministry of Defence",
        "Minister of Foreign Affairs and Trade|-|Ministry of Foreign Affairs and Trade",
        "Deputy Chief Cabinet Secretary|-|Cabinet Secretariat",
        "Secretary of State|US|Department of State",
        "Secretary of Defence|PH|Department of Defence"
    })
    void organisationOfATitle(String canonical, String country, String org) {
        assertThat(TitleNormalizer.organization(canonical, List.of(), "-".equals(country) ? null : country))
                .isEqualTo(org);
    }

    @Test
    void organisationFromTheLastOrganisationPhrase() {
        assertThat(TitleNormalizer.organization("Director-General of the International Bureau of Japan's Liberal "
                + "Democratic Party", List.of("International Bureau", "Liberal Democratic Party"), "JP"))
                .isEqualTo("Liberal Democratic Party");
        assertThat(TitleNormalizer.organization("Prime Minister", List.of(), "JP")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foreign Ministry|Ministry of Foreign Affairs",
        "Defense Ministry|Ministry of Defence",
        "Ministry of Defense|Ministry of Defence",
        "Japan–Việt Nam Parliamentary Friendship Alliance|Japan-Việt Nam Parliamentary Friendship Alliance"
    })
    void canonicalOrganisations(String printed, String canonical) {
        assertThat(TitleNormalizer.canonicalOrg(printed)).isEqualTo(canonical);
    }

    @Test
    void conjoinedPostsAreSplit() {
        assertThat(TitleNormalizer.splitConjoined("Deputy Prime Minister and Minister for Defence"))
                .containsExactly("Deputy Prime Minister", "Minister for Defence");
        assertThat(TitleNormalizer.splitConjoined("Deputy Prime Minister and Defence Minister"))
                .containsExactly("Deputy Prime Minister", "Defence Minister");
        assertThat(TitleNormalizer.splitConjoined("Minister of Planning and Investment"))
                .containsExactly("Minister of Planning and Investment");
    }
}
