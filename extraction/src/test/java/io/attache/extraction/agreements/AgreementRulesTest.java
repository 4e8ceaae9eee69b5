package io.attache.extraction.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementRulesTest {

    private static final String MEETING = "Indian Defence Minister Raj Kumar held talks with Philippine Defense "
            + "Secretary Jose Cruz in Manila on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Negotiations are under way on an agreement on mutual logistics support.|planned",
        "Both sides agreed to expedite negotiations on a logistics support agreement.|planned",
        "They agreed to draw up an action plan for the partnership for 2026-2030.|planned",
        "They welcomed progress under the 2009 action plan on military medicine.|referenced",
        "Both sides agreed to make full use of the memorandum of understanding on defence cooperation that the two countries concluded in 2019.|referenced",
        "The two sides also signed a protocol on mine action and the clearance of unexploded ordnance and a letter of intent on the transfer of defence equipment.|signed_in_this_event",
        "The ministers signed a memorandum of understanding on cyber defence, under which both navies will exchange liaison officers.|signed_in_this_event",
        "They inked an agreement on hydrographic surveys, under whose terms survey data will be pooled.|signed_in_this_event",
        "They reviewed the roadmap on defence industry cooperation adopted in 2023.|referenced",
        "Both sides agreed to develop a road map for maritime security cooperation.|planned"
    })
    void statuses(String sentence, String status) {
        ExtractionResult r = Run.extract(MEETING + sentence);
        assertThat(r.agreements()).isNotEmpty();
        assertThat(r.agreements()).extracting(ExtractedAgreement::status).containsOnly(status);
    }

    @Test
    void aRoadmapIsAnActionPlan() {
        ExtractionResult r = Run.extract(MEETING + "They reviewed the roadmap on defence industry cooperation "
                + "adopted in 2023.");
        assertThat(r.agreements()).extracting(ExtractedAgreement::kind).containsExactly("action_plan");
        assertThat(r.agreements().get(0).subject()).isEqualTo("defence industry cooperation");
    }

    @Test
    void coordinatedSubjectsKeepTheirInnerAnd() {
        ExtractionResult r = Run.extract(MEETING + "The two sides also signed a protocol on mine action and the "
                + "clearance of unexploded ordnance and a letter of intent on the transfer of defence equipment.");
        assertThat(r.agreements()).extracting(ExtractedAgreement::subject).containsExactly(
                "mine action and the clearance of unexploded ordnance", "the transfer of defence equipment");
    }

    @Test
    void discussedDocumentsBelongToTheMeetingsParties() {
        ExtractionResult r = Run.extract(MEETING + "They welcomed progress under the 2009 action plan on military "
                + "medicine.");
        assertThat(r.agreements().get(0).parties()).containsExactly("IN", "PH");
    }

    @Test
    void capitalsStandForTheirGovernments() {
        ExtractionResult r = Run.extract("MANILA — The defence chiefs of the Philippines, the United States and "
                + "Japan met in Manila on Saturday.\nDefense Secretary Jose Cruz said Washington's commitments under "
                + "the 1951 Mutual Defense Treaty with Manila remain firm.");
        ExtractedAgreement a = r.agreements().get(0);
        assertThat(a.kind()).isEqualTo("treaty");
        assertThat(a.subjectKey()).isEqualTo("mutual-defence");
        assertThat(a.parties()).containsExactly("PH", "US");
    }

    @Test
    void headlinesAreNotAgreements() {
        ExtractionResult r = Run.extract("Vietnam, Laos sign protocol on repatriating remains\n\nDeputy Defence "
                + "Minister Lê Văn Thành received Lao Deputy Minister Khamsone Vongsa in Hanoi on August 21. "
                + "After the meeting, the two sides signed a protocol on the search for remains.");
        assertThat(r.agreements()).hasSize(1);
        assertThat(r.agreements().get(0).subject()).isEqualTo("the search for remains");
    }

    @Test
    void namedDocumentWithOf() {
        ExtractionResult r = Run.extract(MEETING + "They reviewed the Status of Visiting Forces Agreement signed "
                + "in 2012.");
        assertThat(r.agreements().get(0).subject()).isEqualTo("status of visiting forces");
        assertThat(r.agreements().get(0).status()).isEqualTo(ExtractedAgreement.REFERENCED);
    }

    @Test
    void whereAndWhenItWasSignedAreNotTheSubject() {
        ExtractionResult inCity = Run.extract("TOKYO, June 10 - Vietnamese Deputy Foreign Minister Do Hung Viet and "
                + "Japanese Vice-Minister Takehiro Funakoshi signed a memorandum of understanding on river navigation "
                + "in Tokyo on June 10.");
        assertThat(inCity.agreements().get(0).subject()).isEqualTo("river navigation");
        ExtractionResult onDay = Run.extract(MEETING + "The two sides signed a memorandum of understanding on "
                + "maritime security on Tuesday.");
        assertThat(onDay.agreements().get(0).subject()).isEqualTo("maritime security");
        // "on" inside a subject stays: "cooperation on maritime security"
        ExtractionResult inside = Run.extract(MEETING + "The two sides signed an agreement on cooperation on "
                + "maritime security.");
        assertThat(inside.agreements().get(0).subject()).isEqualTo("cooperation on maritime security");
    }
}
