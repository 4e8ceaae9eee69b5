package io.attache.extraction.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameParserTest {

    private static PersonName parse(String name, String country) {
        return NameParser.parse(List.of(name.split(" ")), "-".equals(country) ? null : country);
    }

    @ParameterizedTest
    @CsvSource({
        // printed, country hint, display, family, given, key
        "Hoàng Xuân Chiến, VN, Hoàng Xuân Chiến, hoang, xuan chien, chien-hoang-xuan",
        "Hoang Xuan Chien, -, Hoang Xuan Chien, hoang, xuan chien, chien-hoang-xuan",
        "Nguyễn Minh Vũ, -, Nguyễn Minh Vũ, nguyen, minh vu, minh-nguyen-vu",
        "Đỗ Hùng Việt, VN, Đỗ Hùng Việt, do, hung viet, do-hung-viet",
        "NAMAZU Hiroyuki, -, Namazu Hiroyuki, namazu, hiroyuki, hiroyuki-namazu",
        "KANO Koji, JP, Kano Koji, kano, koji, kano-koji",
        "Koji KANO, -, Koji Kano, kano, koji, kano-koji",
        "Kano Koji, JP, Kano Koji, kano, koji, kano-koji",
        "Koji Kano, JP, Koji Kano, kano, koji, kano-koji",
        "Shinjiro Koizumi, JP, Shinjiro Koizumi, koizumi, shinjiro, koizumi-shinjiro",
        "Koizumi Shinjiro, JP, Koizumi Shinjiro, koizumi, shinjiro, koizumi-shinjiro",
        "Lee Jae-myung, KR, Lee Jae-myung, lee, jae-myung, jae-lee-myung",
        "Ahn Gyu-back, -, Ahn Gyu-back, ahn, gyu-back, ahn-back-gyu",
        "Wang Yi, CN, Wang Yi, wang, yi, wang-yi",
        "Dong Jun, CN, Dong Jun, dong, jun, dong-jun",
        "Rajnath Singh, IN, Rajnath Singh, singh, rajnath, rajnath-singh",
        "Richard Marles, AU, Richard Marles, marles, richard, marles-richard",
        "Gilberto Teodoro Jr., PH, Gilberto Teodoro Jr., teodoro, gilberto jr, gilberto-teodoro",
        "Emmanuel MACRON, FR, Emmanuel Macron, macron, emmanuel, emmanuel-macron"
    })
    void ordersAndKeys(String printed, String country, String display, String family, String given, String key) {
        PersonName n = parse(printed, country);
        assertThat(n.display()).isEqualTo(display);
        assertThat(n.family()).isEqualTo(family);
        assertThat(n.given()).isEqualTo(given);
        assertThat(n.key()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "Hoàng Xuân Chiến, VN, chien",
        "Nguyễn Minh Vũ, VN, vu",
        "Phan Văn Giang, VN, giang",
        "KANO Koji, JP, kano",
        "Richard Marles, AU, marles",
        "Lee Jae-myung, KR, lee"
    })
    void shortFormIsGivenNameForVietnameseAndFamilyNameOtherwise(String printed, String country, String shortForm) {
        assertThat(parse(printed, country).shortForm()).isEqualTo(shortForm);
    }

    @ParameterizedTest
    @CsvSource({"Kano Koji, Koji Kano", "KANO Koji, Kano Koji", "Nguyen Minh Vu, Nguyễn Minh Vũ",
        "Lee Jae-myung, Jae-myung Lee", "Lee Jae-myung, Lee Jae Myung"})
    void keyIsOrderAndDiacriticInsensitive(String a, String b) {
        assertThat(parse(a, "-").key()).isEqualTo(parse(b, "-").key());
    }

    @ParameterizedTest
    @CsvSource({"kano, true", "hiroyuki, true", "tsutomu, true", "smith, false", "thanh, false"})
    void romajiShape(String word, boolean romaji) {
        assertThat(NameStyle.isRomaji(word)).isEqualTo(romaji);
    }
}
