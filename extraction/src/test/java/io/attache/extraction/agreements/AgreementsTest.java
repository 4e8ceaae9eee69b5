package io.attache.extraction.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractionResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementsTest {

    private static final String MEETING = "Japanese Defence Minister Sato Ichiro held talks with Indian Defence "
            + "Minister Rajnath Singh in Tokyo on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // sentence | kind | subject | key | status
        "The two defence ministries signed a Memorandum of Understanding on cooperation in search and rescue.|memorandum_of_understanding|cooperation in search and rescue|search-and-rescue|signed_in_this_event",
        "They signed an MoU on maritime security cooperation.|memorandum_of_understanding|maritime security cooperation|maritime-security|signed_in_this_event",
        "The sides inked a Letter of Intent on training cooperation.|letter_of_intent|training cooperation|training-cooperation|signed_in_this_event",
        "The ministers exchanged a letter of intent on defence industry cooperation.|letter_of_intent|defence industry cooperation|defence-industry|signed_in_this_event",
        "The two sides will sign an agreement on the transfer of defence equipment.|agreement|the transfer of defence equipment|defence-equipment-transfer|planned",
        "They agreed to work towards a Reciprocal Access Agreement.|agreement|reciprocal access|reciprocal-access|planned",
        "They reviewed progress under the 2011 MoU on bilateral defence cooperation.|memorandum_of_understanding|bilateral defence cooperation|defence-cooperation|referenced",
        "Ties have grown under the agreement on personnel training signed in 2018.|agreement|personnel training|personnel-training|referenced",
        "The leaders issued a Joint Vision Statement on defence cooperation.|joint_vision_statement|defence cooperation|defence-cooperation|signed_in_this_event",
        "The two sides adopted an action plan for cybersecurity.|action_plan|cybersecurity|cybersecurity|signed_in_this_event",
        "The 1965 treaty on basic relations remains in force.|treaty|basic relations|basic-relations|referenced"
    })
    void kindsSubjectsAndStatuses(String sentence, String kind, String subject, String key, String status) {
        ExtractionResult r = Run.extract(MEETING + sentence);
        assertThat(r.agreements()).hasSize(1);
        ExtractedAgreement a = r.agreements().get(0);
        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.subject()).isEqualTo(subject);
        assertThat(a.subjectKey()).isEqualTo(key);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.evidence()).isNotEmpty();
    }

    @Test
    void twoDocumentsInOneSentenceAreTwoAgreementsSignedAtTheEvent() {
        ExtractionResult r = Run.extract(MEETING + "On this occasion, the two defence ministries signed a "
                + "Memorandum of Understanding on cooperation in search and rescue and a Letter of Intent on "
                + "training cooperation.");
        assertThat(r.agreements()).hasSize(2);
        for (ExtractedAgreement a : r.agreements()) {
            assertThat(a.status()).isEqualTo(ExtractedAgreement.SIGNED);
            assertThat(a.parties()).containsExactly("IN", "JP");
            assertThat(a.date()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(a.eventLocalId()).isEqualTo("E1");
            assertThat(a.signingOrganizations()).containsExactly("Ministry of Defence (IN)", "Ministry of Defence (JP)");
        }
        assertThat(r.events().get(0).agreementLocalIds()).containsExactly("A1", "A2");
    }

    @Test
    void signatoriesAreTheOfficialsWhoSigned() {
        ExtractionResult r = Run.extract(MEETING + "Sato and Singh signed a memorandum of understanding on "
                + "defence industry cooperation.");
        ExtractedAgreement a = r.agreements().get(0);
        assertThat(a.signatoryLocalIds()).hasSize(2);
    }

    @Test
    void referencedAgreementKeepsItsYear() {
        ExtractionResult r = Run.extract(MEETING + "They reviewed the 2011 MoU on bilateral defence cooperation.");
        ExtractedAgreement a = r.agreements().get(0);
        assertThat(a.date()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(a.eventLocalId()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They agreed to concretise agreements reached by high-ranking leaders.",
        "Both sides reached broad agreement on regional issues.",
        "The agreement was welcomed.",
        "They are in agreement."
    })
    void genericMentionsAreNotAgreements(String sentence) {
        assertThat(Run.extract(MEETING + sentence).agreements()).isEmpty();
    }

    @Test
    void repeatedMentionsAreOneAgreement() {
        ExtractionResult r = Run.extract(MEETING + "They signed an MoU on search and rescue. The MoU on search "
                + "and rescue will help both navies.");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).evidence()).hasSize(2);
        assertThat(r.agreements().get(0).status()).isEqualTo(ExtractedAgreement.SIGNED);
    }

    @Test
    void acronymInBracketsIsTheSameDocument() {
        ExtractionResult r = Run.extract(MEETING + "They signed a Memorandum of Understanding (MoU) on search "
                + "and rescue.");
        assertThat(r.agreements()).hasSize(1);
    }
}
