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

class OfficialsTest {

    private static ExtractedOfficial only(String text, String key) {
        ExtractionResult r = Run.extract(text);
        return Run.official(r, key).orElseThrow(() -> new AssertionError(
                "no official " + key + " in " + r.officials().stream().map(ExtractedOfficial::nameKey).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | nameKey | name | country | canonical title | rank
        "Deputy Minister of National Defence Sen. Lieut. Gen Lê Văn Thành met the delegation.|le-thanh-van|Lê Văn Thành|VN|Deputy Minister of National Defence|Senior Lieutenant General",
        "Vietnamese Deputy Defence Minister Sr. Lt. Gen. Lê Văn Thành attended.|le-thanh-van|Lê Văn Thành|VN|Deputy Minister of Defence|Senior Lieutenant General",
        "H.E. Le Van Thanh, Senior Lieutenant General and Deputy Minister of National Defence, attended.|le-thanh-van|Le Van Thanh|VN|Deputy Minister of National Defence|Senior Lieutenant General",
        "SATO Ichiro, Senior Deputy Minister for Foreign Affairs of Japan, attended.|ichiro-sato|SATO Ichiro|JP|Senior Deputy Minister for Foreign Affairs|",
        "Japanese Minister of Defence Sato Ichiro hosted a dinner.|ichiro-sato|Sato Ichiro|JP|Minister of Defence|",
        "Japan's Foreign Minister Ichiro Sato arrived.|ichiro-sato|Ichiro Sato|JP|Minister of Foreign Affairs|",
        "India's External Affairs Minister S. Jaishankar spoke.|jaishankar-s|S. Jaishankar|IN|Minister of External Affairs|",
        "Indian Defence Minister Rajnath Singh visited.|rajnath-singh|Rajnath Singh|IN|Minister of Defence|",
        "U.S. Secretary of State Marco Rubio said so.|marco-rubio|Marco Rubio|US|Secretary of State|",
        "US Defense Secretary Pete Hegseth arrived.|hegseth-pete|Pete Hegseth|US|Secretary of Defence|",
        "Philippine Defense Secretary Gilberto Teodoro Jr. spoke.|gilberto-teodoro|Gilberto Teodoro Jr|PH|Secretary of Defence|",
        "South Korean Defense Minister Ahn Gyu-back met reporters.|ahn-back-gyu|Ahn Gyu-back|KR|Minister of Defence|",
        "Chinese Foreign Minister Wang Yi said.|wang-yi|Wang Yi|CN|Minister of Foreign Affairs|",
        "Australia's foreign minister, Penny Wong, said.|penny-wong|Penny Wong|AU|Minister of Foreign Affairs|",
        "Richard Marles, Australia's Deputy Prime Minister, said.|marles-richard|Richard Marles|AU|Deputy Prime Minister|",
        "Adm. Samuel Paparo, Commander of the U.S. Indo-Pacific Command, said.|paparo-samuel|Samuel Paparo|US|Commander of the U.S. Indo-Pacific Command|Admiral",
        "Lt. Gen. Nguyễn Tân Cương, Chief of the General Staff of the Vietnam People's Army, said.|cuong-nguyen-tan|Nguyễn Tân Cương|VN|Chief of the General Staff of the Vietnam People's Army|Lieutenant General",
        "Maj. Gen. Tran Van Nam of Vietnam attended.|nam-tran-van|Tran Van Nam|VN||Major General",
        "Air Chief Marshal Somchai Phanit of Thailand attended.|phanit-somchai|Somchai Phanit|TH||Air Chief Marshal",
        "Vice Adm. Kim Myung-soo of the Republic of Korea attended.|kim-myung-soo|Kim Myung-soo|KR||Vice Admiral",
        "Indonesian Foreign Minister Sugiono met him.|sugiono|Sugiono|ID|Minister of Foreign Affairs|",
        "French President Emmanuel MACRON spoke.|emmanuel-macron|Emmanuel MACRON|FR|President|",
        "Malaysian Prime Minister Anwar Ibrahim spoke.|anwar-ibrahim|Anwar Ibrahim|MY|Prime Minister|",
        "Russian Foreign Minister Sergey Lavrov said.|lavrov-sergey|Sergey Lavrov|RU|Minister of Foreign Affairs|",
        "His Excellency Nguyen Van Hung, Vietnamese Ambassador to Japan, attended.|hung-nguyen-van|Nguyen Van Hung|VN|Ambassador to Japan|"
    })
    void titledOfficials(String text, String key, String name, String country, String title, String rank) {
        ExtractedOfficial o = only(text, key);
        assertThat(o.name()).isEqualTo(name);
        assertThat(o.country()).isEqualTo(country);
        if (title != null) {
            assertThat(o.titles()).extracting(Title::canonical).contains(title);
        }
        assertThat(o.rank()).isEqualTo(rank);
        assertThat(o.mentions()).isNotEmpty();
        assertThat(text.substring(o.mentions().get(0).start(), o.mentions().get(0).end()))
                .isEqualTo(o.mentions().get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vietnam's head coach Kim Sang-sik praised the team.",
        "Striker Nguyen Xuan Son scored twice.",
        "Vingroup chairman Pham Nhat Vuong attended the ceremony.",
        "Analyst John Smith of the Lowy Institute said the talks were useful.",
        "Professor Carl Thayer said the visit mattered.",
        "Samsung Electronics President Han Jong-hee spoke at the fair.",
        "Journalist Mary Jones reported from Hanoi.",
        "CEO Tim Cook met investors in Tokyo.",
        "Toyota Motor Corporation Chairman Akio Toyoda attended.",
        "The coach of the national team, Park Hang-seo, thanked fans.",
        "Mr John Smith said he liked the city.",
        "Nguyen Minh Vu and Tanaka Taro walked in the park."
    })
    void nonOfficialsYieldNoOfficial(String text) {
        assertThat(Run.extract(text).officials()).isEmpty();
    }

    @Test
    void vietnameseShortReferenceUsesGivenName() {
        ExtractionResult r = Run.extract("The delegation was led by Deputy Minister of National Defence Sen. Lieut. "
                + "Gen Lê Văn Thành. Later, Thành met students. Gen. Thanh thanked them.");
        ExtractedOfficial o = Run.official(r, "le-thanh-van").orElseThrow();
        assertThat(o.mentions()).extracting(Span::text).containsExactly("Lê Văn Thành", "Thành", "Thanh");
        assertThat(r.officials()).hasSize(1);
    }

    @Test
    void japaneseAndWesternShortReferencesUseFamilyName() {
        ExtractionResult r = Run.extract("Japanese Defence Minister Ichiro Sato met Australian Defence Minister "
                + "Richard Marles. Mr Sato thanked Minister Marles. Marles replied.");
        assertThat(Run.official(r, "ichiro-sato").orElseThrow().mentions()).extracting(Span::text)
                .containsExactly("Ichiro Sato", "Sato");
        assertThat(Run.official(r, "marles-richard").orElseThrow().mentions()).extracting(Span::text)
                .containsExactly("Richard Marles", "Marles", "Marles");
    }

    @Test
    void bareNameMatchingNobodyCreatesNothing() {
        ExtractionResult r = Run.extract("Japanese Foreign Minister Ichiro Sato spoke. Tanaka disagreed.");
        assertThat(r.officials()).extracting(ExtractedOfficial::nameKey).containsExactly("ichiro-sato");
        assertThat(r.officials().get(0).mentions()).hasSize(1);
    }

    @Test
    void twoSpellingsOfOnePersonInOneArticleAreOneOfficial() {
        ExtractionResult r = Run.extract("Deputy Foreign Minister Nguyễn Minh Hằng spoke. Later Nguyen Minh Hang, "
                + "Deputy Minister of Foreign Affairs, met the press.");
        assertThat(r.officials()).hasSize(1);
        assertThat(r.officials().get(0).mentions()).hasSize(2);
        assertThat(r.officials().get(0).titles()).extracting(Title::canonical)
                .containsExactly("Deputy Minister of Foreign Affairs");
    }

    @Test
    void delegationCuesGiveCountries() {
        ExtractionResult r = Run.extract("The Vietnamese delegation was led by Deputy Minister Lê Văn Thành, while "
                + "Japan was represented by Vice Minister Sato Ichiro.");
        assertThat(Run.official(r, "le-thanh-van").orElseThrow().country()).isEqualTo("VN");
        assertThat(Run.official(r, "ichiro-sato").orElseThrow().country()).isEqualTo("JP");
    }

    @Test
    void representingCountryCue() {
        ExtractionResult r = Run.extract("Representing Japan were SATO Ichiro, Vice-Minister for Foreign Affairs, and "
                + "SUZUKI Jiro, Vice-Minister of Defense.");
        assertThat(Run.official(r, "ichiro-sato").orElseThrow().country()).isEqualTo("JP");
        assertThat(Run.official(r, "jiro-suzuki").orElseThrow().country()).isEqualTo("JP");
        assertThat(Run.official(r, "jiro-suzuki").orElseThrow().displayName()).isEqualTo("Suzuki Jiro");
        assertThat(Run.official(r, "jiro-suzuki").orElseThrow().familyName()).isEqualTo("suzuki");
    }

    @Test
    void countryInsideAnOrganisationIsTheOfficialsButNotAParty() {
        ExtractionResult r = Run.extract("He met Chairwoman of the Japan-Korea Parliamentary Friendship League "
                + "Sato Hanako.");
        ExtractedOfficial o = Run.official(r, "hanako-sato").orElseThrow();
        assertThat(o.country()).isEqualTo("JP");
        assertThat(o.organization()).isEqualTo("Japan-Korea Parliamentary Friendship League");
    }

    @Test
    void titleRunningIntoTheNextNameBelongsToThatName() {
        ExtractionResult r = Run.extract("She met Director of the Asian Affairs Bureau Sato Ichiro, Deputy Chief "
                + "Cabinet Secretary Suzuki Jiro, and Special Advisor to the Japan-India Association Tanaka Goro.");
        assertThat(r.officials()).hasSize(3);
        for (ExtractedOfficial o : r.officials()) {
            assertThat(o.titles()).hasSize(1);
        }
        assertThat(Run.official(r, "jiro-suzuki").orElseThrow().organization()).isEqualTo("Cabinet Secretariat");
    }

    @Test
    void honorificsAreStripped() {
        ExtractionResult r = Run.extract("Mr. SATO Ichiro, Minister of Defense, received H.E. Mrs. Jane Doe, "
                + "Ambassador of Canada.");
        assertThat(r.officials()).extracting(ExtractedOfficial::name).containsExactly("SATO Ichiro", "Jane Doe");
        assertThat(Run.official(r, "doe-jane").orElseThrow().country()).isEqualTo("CA");
    }

    @Test
    void conjoinedPostsBothKept() {
        ExtractedOfficial o = only("Richard Marles, Deputy Prime Minister and Minister for Defence of Australia, "
                + "arrived.", "marles-richard");
        assertThat(o.titles()).extracting(Title::canonical)
                .containsExactly("Deputy Prime Minister", "Minister for Defence");
        assertThat(o.country()).isEqualTo("AU");
    }

    @Test
    void rankPrintedFormIsKept() {
        ExtractedOfficial o = only("Sr. Lt. Gen. Lê Văn Thành, Deputy Minister of National Defence, spoke.",
                "le-thanh-van");
        assertThat(o.rank()).isEqualTo("Senior Lieutenant General");
        assertThat(o.printedRank()).startsWith("Sr. Lt. Gen");
    }

    @Test
    void directorGeneralIsNotTheRankGeneral() {
        ExtractedOfficial o = only("Director-General of the Asian Affairs Bureau Sato Ichiro spoke.", "ichiro-sato");
        assertThat(o.rank()).isNull();
        assertThat(o.titles()).extracting(Title::canonical)
                .containsExactly("Director-General of the Asian Affairs Bureau");
    }

    @Test
    void localIdsAreUniqueAndInOrder() {
        ExtractionResult r = Run.extract("Japanese Foreign Minister Ichiro Sato met Indian Defence Minister "
                + "Rajnath Singh and Chinese Foreign Minister Wang Yi.");
        assertThat(r.officials()).extracting(ExtractedOfficial::localId).containsExactly("P1", "P2", "P3");
    }
}
