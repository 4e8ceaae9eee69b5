package io.attache.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Participant;
import io.attache.extraction.model.Title;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole hand-written articles in the house styles of different outlets. */
class OutletStylesTest {

    private static ExtractedOfficial official(ExtractionResult r, String key) {
        return Run.official(r, key).orElseThrow(() -> new AssertionError(
                key + " not in " + r.officials().stream().map(ExtractedOfficial::nameKey).toList()));
    }

    @Test
    void vietnameseOutletWithDiacriticsAndReferencedMou() {
        ExtractionResult r = Run.extract("Việt Nam, Philippines boost defence ties\n"
                + "HÀ NỘI — Minister of National Defence General Trần Văn Bình held talks with Philippine "
                + "Secretary of National Defense Jose Santos in Hà Nội on Tuesday.\n"
                + "Bình welcomed Santos on his official visit to Việt Nam. The two sides reviewed the "
                + "implementation of the 2010 MoU on defence cooperation and agreed to step up cooperation in "
                + "maritime security.\n"
                + "After the talks, the two ministers witnessed the signing of a Letter of Intent on coast guard "
                + "cooperation.");
        ExtractedOfficial binh = official(r, "binh-tran-van");
        assertThat(binh.country()).isEqualTo("VN");
        assertThat(binh.rank()).isEqualTo("General");
        assertThat(binh.mentions()).hasSize(2);
        ExtractedOfficial santos = official(r, "jose-santos");
        assertThat(santos.country()).isEqualTo("PH");
        assertThat(santos.organization()).isEqualTo("Department of National Defence");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("talks");
        assertThat(e.city()).isEqualTo("Hanoi");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(e.parties()).containsExactly("PH", "VN");
        assertThat(r.agreements()).extracting(ExtractedAgreement::status)
                .containsExactly(ExtractedAgreement.REFERENCED, ExtractedAgreement.SIGNED);
        assertThat(r.agreements().get(0).subject()).isEqualTo("defence cooperation");
    }

    @Test
    void australianPressReleaseWithPostNominalsAndCommaBeforeTheName() {
        ExtractionResult r = Run.extract("CANBERRA, 2 December 2025 – The Hon John Citizen MP, Deputy Prime "
                + "Minister and Minister for Defence, today welcomed Japan's Minister of Defense, Mr Sato Ichiro, "
                + "to Australia for the annual Australia-Japan Defence Ministers' Meeting.\nMr Citizen said the "
                + "partnership had never been stronger.");
        ExtractedOfficial host = official(r, "citizen-john");
        assertThat(host.titles()).extracting(Title::canonical)
                .containsExactly("Deputy Prime Minister", "Minister for Defence");
        assertThat(host.country()).isEqualTo("AU");
        assertThat(host.mentions()).hasSize(2);
        ExtractedOfficial guest = official(r, "ichiro-sato");
        assertThat(guest.country()).isEqualTo("JP");
        assertThat(guest.titles()).extracting(Title::canonical).containsExactly("Minister of Defence");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("meeting");
        assertThat(e.city()).isEqualTo("Canberra");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(e.parties()).containsExactly("AU", "JP");
    }

    @Test
    void koreanWireStoryNamedMeetingAndAnalyst() {
        ExtractionResult r = Run.extract("SEOUL, Dec. 3 (Yonhap) -- South Korea and the United States held their "
                + "annual Security Consultative Meeting (SCM) in Seoul on Wednesday, with Defense Minister Ahn "
                + "Gyu-back and U.S. Secretary of War John Doe co-chairing the talks.\nKim Min-jun, an analyst at "
                + "the Korea Institute for Defense Analyses, said the outcome was expected.");
        assertThat(r.officials()).extracting(ExtractedOfficial::nameKey)
                .containsExactlyInAnyOrder("ahn-back-gyu", "doe-john");
        assertThat(official(r, "doe-john").titles()).extracting(Title::canonical)
                .containsExactly("Secretary of War");
        assertThat(official(r, "ahn-back-gyu").country()).isEqualTo("KR");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("meeting");
        assertThat(e.name()).isEqualTo("Security Consultative Meeting");
        assertThat(e.parties()).containsExactly("KR", "US");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 3));
    }

    @Test
    void indianOutletWithColonDatelineAndBareInitial() {
        ExtractionResult r = Run.extract("NEW DELHI: External Affairs Minister S Jaishankar on Monday held talks "
                + "with his Singaporean counterpart Vivian Tan, focusing on maritime security.");
        ExtractedOfficial j = official(r, "jaishankar-s");
        assertThat(j.country()).isEqualTo("IN");
        assertThat(j.organization()).isEqualTo("Ministry of External Affairs");
        assertThat(official(r, "tan-vivian").country()).isEqualTo("SG");
        assertThat(r.events().get(0).parties()).containsExactly("IN", "SG");
        assertThat(r.events().get(0).city()).isEqualTo("New Delhi");
    }

    @Test
    void signingWithoutAMeetingWordIsASigningEventWithSignatories() {
        ExtractionResult r = Run.extract("MANILA — The Philippines and Japan on Friday signed a Reciprocal Access "
                + "Agreement that will allow troops to train in each other's territory. Philippine Foreign "
                + "Secretary Maria Reyes and Japanese Foreign Minister Sato Hanako signed the pact in Manila.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("signing");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(r.agreements()).hasSize(1);
        ExtractedAgreement a = r.agreements().get(0);
        assertThat(a.subjectKey()).isEqualTo("reciprocal-access");
        assertThat(a.signatoryLocalIds()).hasSize(2);
        assertThat(official(r, "hanako-sato").role()).isEqualTo(Participant.SIGNATORY);
    }
}
