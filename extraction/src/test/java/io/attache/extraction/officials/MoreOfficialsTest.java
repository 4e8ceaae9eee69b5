package io.attache.extraction.officials;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title shapes and name traditions beyond the basics. */
class MoreOfficialsTest {

    private static ExtractedOfficial only(String text, String key) {
        ExtractionResult r = Run.extract(text);
        return Run.official(r, key).orElseThrow(() -> new AssertionError(
                "no official " + key + " in " + r.officials().stream().map(ExtractedOfficial::nameKey).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Secretary-General of the Ministry for Europe and Foreign Affairs Claire Dubois co-chaired it.|claire-dubois|Secretary-General of the Ministry for Europe and Foreign Affairs",
        "Deputy Minister of Culture, Sports and Tourism Trịnh Văn Hoà attended.|hoa-trinh-van|Deputy Minister of Culture, Sports and Tourism",
        "Joint Chiefs of Staff Chairman Gen. Park Min-soo also attended.|min-park-soo|Joint Chiefs of Staff Chairman",
        "U.S. Secretary of War John Doe spoke.|doe-john|Secretary of War",
        "Pentagon Press Secretary Alan Brown provided the readout.|alan-brown|Pentagon Press Secretary",
        "Raksha Mantri Shri Arjun Mehta held talks.|arjun-mehta|Raksha Mantri",
        "H.E. Mr. Paulo Souza, Deputy Minister of Foreign Affairs of the Federative Republic of Brazil, arrived.|paulo-souza|Deputy Minister of Foreign Affairs"
    })
    void titleShapes(String text, String key, String title) {
        assertThat(only(text, key).titles()).extracting(Title::canonical).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hanwha vice president Lee Jun-ho told reporters the plant would open.",
        "Samsung President Han Jong-hee spoke.",
        "The statement was signed at the Ministry of Defence's Bonaparte Camp by nobody."
    })
    void corporatePostsAndPlacesAreNotOfficials(String text) {
        assertThat(Run.extract(text).officials()).isEmpty();
    }

    @Test
    void placeAfterATitleIsNotAName() {
        ExtractionResult r = Run.extract("Secretary of Defense John Carter hosted Indonesian Minister of Defense "
                + "Budi Santoso at the Pentagon in Washington on Oct. 2.");
        assertThat(r.officials()).extracting(ExtractedOfficial::nameKey)
                .containsExactlyInAnyOrder("carter-john", "budi-santoso");
    }

    @Test
    void singaporeChineseNamesAreFamilyFirst() {
        ExtractionResult r = Run.extract("Singapore's Defence Minister Teo Kah Wee met German officials. Mr Teo "
                + "said ties were strong.");
        ExtractedOfficial o = Run.official(r, "kah-teo-wee").orElseThrow();
        assertThat(o.familyName()).isEqualTo("teo");
        assertThat(o.mentions()).extracting(Span::text).containsExactly("Teo Kah Wee", "Teo");
    }

    @Test
    void thaiNamesAreReferredToByFirstName() {
        ExtractionResult r = Run.extract("Thai Prime Minister Anan Rattanakorn spoke by telephone with Japanese "
                + "Prime Minister Sato Ichiro. Anan thanked Japan.");
        assertThat(Run.official(r, "anan-rattanakorn").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void bareIndianInitial() {
        ExtractedOfficial o = only("External Affairs Minister S Jaishankar spoke in New Delhi.", "jaishankar-s");
        assertThat(o.name()).isEqualTo("S Jaishankar");
        assertThat(o.familyName()).isEqualTo("jaishankar");
    }

    @Test
    void malayHonorificsAreStripped() {
        ExtractedOfficial o = only("Malaysian Defence Minister Datuk Seri Ahmad Zaki spoke.", "ahmad-zaki");
        assertThat(o.name()).isEqualTo("Ahmad Zaki");
        assertThat(o.country()).isEqualTo("MY");
    }

    @Test
    void monthAbbreviationsCanBeGivenNames() {
        ExtractedOfficial o = only("Dutch Minister of Defense Jan Jansen spoke.", "jan-jansen");
        assertThat(o.country()).isEqualTo("NL");
    }

    @Test
    void abbreviatedGivenNameStaysInTheName() {
        ExtractionResult r = Run.extract("MANILA — Philippine Undersecretary Ma. Luisa Dimaculangan received the "
                + "visiting delegation on Monday. Dimaculangan said the talks were useful.");
        ExtractedOfficial o = r.officials().stream().filter(x -> x.nameKey().contains("dimaculangan")).findFirst()
                .orElseThrow(() -> new AssertionError(r.officials().stream().map(ExtractedOfficial::nameKey).toList()));
        assertThat(o.name()).isEqualTo("Ma. Luisa Dimaculangan");
        assertThat(r.officials()).hasSize(1);
    }
}
