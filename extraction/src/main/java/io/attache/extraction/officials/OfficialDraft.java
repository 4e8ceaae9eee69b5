package io.attache.extraction.officials;

import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import io.attache.extraction.names.PersonName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A mutable official while the article is being read; frozen into an {@link ExtractedOfficial} at the end. */
public final class OfficialDraft {
    public String localId;
    public PersonName name;
    public String country;
    public String rank;
    public String printedRank;
    public final List<Title> titles = new ArrayList<>();
    public String organization;
    public String role;
    /** token ranges of every mention (full names and short references) */
    public final List<int[]> mentionTokens = new ArrayList<>();
    public final List<Span> mentions = new ArrayList<>();
    /** token ranges of this official's title phrases (their countries are not meeting parties) */
    public final List<int[]> contextTokens = new ArrayList<>();
    /** "Ambassador to X": the country this official is posted to, hence not the official's own */
    public String awayFrom;
    /** "X said Japan regards ...": the country the official speaks for */
    public String speaksFor;
    /** naming tradition, computed once */
    public io.attache.extraction.names.NameStyle style;
    /** first full mention token */
    public int firstToken;

    /** Organisations that depend on the country ("Secretary of Defense" in the US) once the country is known. */
    public void refreshOrganization() {
        for (int i = 0; i < titles.size(); i++) {
            Title t = titles.get(i);
            if (t.organization() == null) {
                String org = TitleNormalizer.organization(t.canonical(), List.of(), country);
                if (org != null) {
                    titles.set(i, new Title(t.canonical(), t.printed(), org));
                }
            }
        }
        if (!titles.isEmpty()) {
            organization = titles.get(0).organization();
        }
    }

    public boolean mentionedInSentence(int[] sentenceOfToken, int sentence) {
        for (int[] m : mentionTokens) {
            if (sentenceOfToken[m[0]] == sentence) {
                return true;
            }
        }
        return false;
    }

    /** First mention token inside the sentence, or -1. */
    public int firstTokenInSentence(int[] sentenceOfToken, int sentence) {
        int best = -1;
        for (int[] m : mentionTokens) {
            if (sentenceOfToken[m[0]] == sentence && (best < 0 || m[0] < best)) {
                best = m[0];
            }
        }
        return best;
    }

    public ExtractedOfficial freeze() {
        List<Span> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Span::start));
        return new ExtractedOfficial(localId, name.printed(), name.display(), name.family(), name.given(), name.key(),
                country, rank, printedRank, List.copyOf(titles), organization, role, List.copyOf(sorted));
    }
}
