package io.attache.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an official's country is inferred when the title does not name it. */
class CountryInferenceTest {

    private static String country(ExtractionResult r, String key) {
        return Run.official(r, key).orElseThrow(() -> new AssertionError(
                key + " not in " + r.officials().stream().map(ExtractedOfficial::nameKey).toList())).country();
    }

    @Test
    void speakerSaysHisCountryRegards() {
        ExtractionResult r = Run.extract("Minister of Defence John Carter met Minister of Defence Jane Miller. "
                + "Carter said Canada regards Norway as a close partner. Miller said Norway values the ties.");
        assertThat(country(r, "carter-john")).isEqualTo("CA");
        assertThat(country(r, "jane-miller")).isEqualTo("NO");
    }

    @Test
    void speakingAboutACountryIsNotSpeakingForIt() {
        ExtractionResult r = Run.extract("Minister of Defence John Carter met reporters in Oslo. "
                + "Carter said Canada is an important market.");
        assertThat(country(r, "carter-john")).isNotEqualTo("CA");
    }

    @Test
    void thankingACountryPointsToTheOtherSide() {
        ExtractionResult r = Run.extract("Canada and Norway held talks. Minister of Defence John Carter met "
                + "Deputy Minister Jane Miller. Ms Miller thanked Canada for its support.");
        assertThat(country(r, "jane-miller")).isEqualTo("NO");
    }

    @Test
    void envoyComesFromTheOtherSide() {
        ExtractionResult r = Run.extract("JAKARTA — Philippine Undersecretary Jose Cruz held talks with Indonesian "
                + "Defence Minister Budi Santoso on Saturday.\nAlso present was Ambassador to Indonesia Ramon Reyes.");
        assertThat(country(r, "ramon-reyes")).isEqualTo("PH");
    }

    @Test
    void acrossAMeetingVerbIsTheOtherSide() {
        ExtractionResult r = Run.extract("New Zealand, Britain agree to deepen ties\n\nBritish Defence Secretary "
                + "Emma Stone held talks with Minister of Defence Aroha Smith in Wellington on Monday.");
        assertThat(country(r, "emma-stone")).isEqualTo("GB");
        assertThat(country(r, "aroha-smith")).isEqualTo("NZ");
    }

    @Test
    void hostTakesTheHostCountry() {
        ExtractionResult r = Run.extract("Secretary of Defense John Carter hosted Indonesian Minister of Defense "
                + "Budi Santoso at the Pentagon in Washington on Oct. 2.");
        assertThat(country(r, "carter-john")).isEqualTo("US");
        assertThat(Run.official(r, "carter-john").orElseThrow().organization()).isEqualTo("Department of Defence");
    }

    @Test
    void visitorIsNotFromTheVisitedCountry() {
        ExtractionResult r = Run.extract("STOCKHOLM — Minister of Defence Paul Martin began a four-day official "
                + "visit to Sweden on Monday.");
        assertThat(country(r, "martin-paul")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Representing Japan were SATO Ichiro, Vice-Minister, and SUZUKI Jiro, Vice-Minister of Defense.|jiro-suzuki|JP",
        "The Vietnamese delegation was led by Deputy Minister Lê Văn Thành.|le-thanh-van|VN",
        "Deputy Minister of National Defence Lê Văn Thành spoke.|le-thanh-van|VN",
        "Vice Minister Sato Ichiro led the Japanese delegation.|ichiro-sato|JP",
        "Defence Minister Gen Somchai Phanit co-chaired the meeting with his Cambodian counterpart, Minister of National Defence Gen Sok Rith, in Bangkok.|phanit-somchai|TH",
        "Deputy Secretary of State Ann Lee of the United States attended.|ann-lee|US",
        "Secretary of National Defense Jose Cruz of the Republic of the Philippines attended.|cruz-jose|PH",
        "Defense Secretary Jose Cruz and Foreign Affairs Secretary Ana Reyes represented the Philippines, while Australia was represented by Defence Minister John Carter.|ana-reyes|PH",
        "Defense Secretary Jose Cruz and Foreign Affairs Secretary Ana Reyes represented the Philippines, while Australia was represented by Defence Minister John Carter.|carter-john|AU"
    })
    void cues(String text, String key, String country) {
        assertThat(country(Run.extract(text), key)).isEqualTo(country);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ambassador to Viet Nam Somchai Keo|keo-somchai|Laos and Viet Nam|LA",
        "Ambassador to New Zealand Claire Martin|claire-martin|France and New Zealand|FR",
        "Ambassador to the United States Ravi Nair|nair-ravi|India and the United States|IN"})
    void multiWordDestinationOfAnEnvoyIsNotHisCountry(String intro, String key, String sides, String expected) {
        ExtractionResult r = Run.extract(sides + " hold talks\n\nThe two sides met on Monday.\n"
                + "Also present was " + intro + ".");
        assertThat(country(r, key)).isEqualTo(expected);
    }

    @Test
    void briefingTheOtherSidePlacesTheSpeaker() {
        ExtractionResult r = Run.extract("Chile and Peru hold defence talks\n\nLIMA, June 3 — Deputy Defence "
                + "Minister Pablo Soto met officials in Lima on Monday.\nSoto briefed the Peruvian side on the "
                + "ministry's plans.");
        assertThat(country(r, "pablo-soto")).isEqualTo("CL");
    }

    @Test
    void coChairsAreFromOppositeSides() {
        ExtractionResult r = Run.extract("Chile and Peru hold defence talks\n\nLIMA, June 3 — The third "
                + "dialogue took place in Lima, co-chaired by Peruvian Deputy Minister Rosa Quispe and Deputy "
                + "Minister Pablo Soto.");
        assertThat(country(r, "pablo-soto")).isEqualTo("CL");
        assertThat(country(r, "quispe-rosa")).isEqualTo("PE");
    }

    @Test
    void courtesyCallOnTheHostUsesTheShortName() {
        ExtractionResult r = Run.extract("Norway and Kenya hold talks\n\nKenyan Defence Secretary Ruth Wanjiru "
                + "received Chief of Defence Gen. Lars Dahl on Monday.\nLater, Dahl paid a courtesy call on "
                + "Prime Minister Joseph Otieno.");
        assertThat(country(r, "dahl-lars")).isEqualTo("NO");
        assertThat(country(r, "joseph-otieno")).isEqualTo("KE");
    }

    @Test
    void japaneseVisitorIsJapaneseEvenIfJapanGoesUnnamed() {
        ExtractionResult r = Run.extract("HANOI, May 2 — Minister of Defense Akiko Morimoto began an official "
                + "visit to Viet Nam on Monday.");
        assertThat(country(r, "akiko-morimoto")).isEqualTo("JP");
        ExtractionResult r2 = Run.extract("HANOI, May 2 — Minister of Defense Ana Ribeiro began an official "
                + "visit to Viet Nam on Monday.");
        assertThat(Run.official(r2, "ana-ribeiro").orElseThrow().country()).isNotEqualTo("JP");
    }
}
