package io.attache.extraction.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.text.Doc;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    /** Code of the country entry covering the whole phrase, or null. */
    private static String country(String phrase) {
        Doc d = new Doc(phrase);
        PhraseIndex.Match<Countries.Hit> m = Countries.get().index().match(d.tokens, 0, true);
        int lastWord = d.size() - 1;
        while (!d.tok(lastWord).word) {
            lastWord--;
        }
        return m != null && m.end() == lastWord + 1 ? m.value().code() : null;
    }

    @ParameterizedTest
    @CsvSource({
        "Viet Nam, VN", "Việt Nam, VN", "Vietnam, VN", "Vietnamese, VN", "Socialist Republic of Viet Nam, VN",
        "Japan, JP", "Japanese, JP", "South Korea, KR", "Republic of Korea, KR", "ROK, KR", "Korean, KR",
        "South Korean, KR", "North Korea, KP", "DPRK, KP", "US, US", "U.S., US", "United States, US",
        "American, US", "UK, GB", "British, GB", "United Kingdom, GB", "Philippines, PH", "Philippine, PH",
        "Filipino, PH", "India, IN", "Indian, IN", "Australia, AU", "Australian, AU", "China, CN", "Chinese, CN",
        "Russia, RU", "Russian, RU", "Russian Federation, RU", "Indonesia, ID", "Indonesian, ID", "Thai, TH",
        "Malaysian, MY", "Singaporean, SG", "Cambodian, KH", "Lao PDR, LA", "Laos, LA", "Myanmar, MM",
        "Burma, MM", "Timor-Leste, TL", "Brunei, BN", "New Zealand, NZ", "French, FR", "German, DE",
        "Türkiye, TR", "Turkey, TR", "Czech Republic, CZ", "Côte d’Ivoire, CI", "Ivory Coast, CI",
        "Bosnia and Herzegovina, BA", "Saint Lucia, LC", "Emirati, AE", "UAE, AE", "Saudi, SA", "Israeli, IL",
        "Ukrainian, UA", "Pakistani, PK", "Bangladeshi, BD", "Sri Lankan, LK", "Nepali, NP", "Dutch, NL",
        "Mongolian, MN", "Taiwanese, TW", "Canadian, CA", "Mexican, MX", "Brazilian, BR", "Egyptian, EG",
        "Papua New Guinea, PG", "Fijian, FJ", "Polish, PL", "Swedish, SE", "Finnish, FI"
    })
    void countriesFromNamesVariantsAndDemonyms(String phrase, String code) {
        assertThat(country(phrase)).isEqualTo(code);
    }

    @Test
    void everyJdkCountryNameResolvesToItsCode() {
        int checked = 0;
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.contains(" - ") || name.contains("(") || name.contains("SAR")) {
                continue;
            }
            Doc d = new Doc(name);
            PhraseIndex.Match<Countries.Hit> m = Countries.get().index().match(d.tokens, 0, true);
            assertThat(m).as(name).isNotNull();
            assertThat(m.value().code()).as(name).isEqualTo(code);
            checked++;
        }
        assertThat(checked).isGreaterThan(230);
    }

    @Test
    void acronymsNeedCapitals() {
        assertThat(Countries.get().index().match(new Doc("US").tokens, 0, true)).isNotNull();
        assertThat(Countries.get().index().match(new Doc("Us").tokens, 0, true)).isNull();
        assertThat(Countries.get().index().match(new Doc("us").tokens, 0, false)).isNull();
    }

    @Test
    void geographicPhrasesAreNotCountries() {
        Doc d = new Doc("tensions in the South China Sea and the Indian Ocean");
        Annotations a = new Annotations(d);
        assertThat(a.countries).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Tokyo, Tokyo, JP", "TOKYO, Tokyo, JP", "Hanoi, Hanoi, VN", "Ha Noi, Hanoi, VN", "Hà Nội, Hanoi, VN",
        "New Delhi, New Delhi, IN", "Canberra, Canberra, AU", "Manila, Manila, PH", "Seoul, Seoul, KR",
        "Washington, Washington, US", "Beijing, Beijing, CN", "Jakarta, Jakarta, ID", "Ho Chi Minh City, Ho Chi Minh City, VN",
        "Kuala Lumpur, Kuala Lumpur, MY", "Phnom Penh, Phnom Penh, KH", "Brussels, Brussels, BE", "Kyiv, Kyiv, UA"
    })
    void citiesWithTheirCountry(String printed, String name, String code) {
        PhraseIndex.Match<Places.City> m = Places.get().cities().match(new Doc(printed).tokens, 0, true);
        assertThat(m).isNotNull();
        assertThat(m.value().name()).isEqualTo(name);
        assertThat(m.value().country()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "Sen. Lieut. Gen, Senior Lieutenant General", "Sr. Lt. Gen., Senior Lieutenant General",
        "Senior Lieutenant General, Senior Lieutenant General", "Lt. Gen., Lieutenant General",
        "Lt-Gen, Lieutenant General", "Lieutenant-General, Lieutenant General", "Maj. Gen., Major General",
        "Gen., General", "Gen, General", "Adm., Admiral", "Vice Adm., Vice Admiral", "Rear Adm., Rear Admiral",
        "Col., Colonel", "Sr. Col., Senior Colonel", "Lt. Col., Lieutenant Colonel", "Brig. Gen., Brigadier General",
        "Air Chief Marshal, Air Chief Marshal", "Air Vice Marshal, Air Vice Marshal", "Capt., Captain",
        "Maj., Major", "Police Maj. Gen., Police Major General", "Cdr., Commander", "Cmdr., Commander"
    })
    void ranksAndTheirAbbreviations(String printed, String canonical) {
        assertThat(Ranks.get().canonical(printed)).isEqualTo(canonical);
    }

    @Test
    void unknownRankIsNull() {
        assertThat(Ranks.get().canonical("Minister")).isNull();
    }

    @Test
    void knownOrganisationsAndAcronyms() {
        Annotations a = new Annotations(new Doc("ASEAN and NATO met the EU and the Quad."));
        assertThat(a.orgs).extracting(o -> o.org().name()).containsExactly("Association of Southeast Asian Nations",
                "North Atlantic Treaty Organization", "European Union", "Quadrilateral Security Dialogue");
    }
}
