package io.attache.extraction.officials;

import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.names.NameStyle;
import io.attache.extraction.text.Doc;
import java.util.ArrayList;
import java.util.List;

/**
 * Within-article coreference: a one-word name ("Chiến", "Vũ", "Gen. Chien", "Minister Lich", "Mr Kano") is a
 * mention of the official whose short form it equals: the last token (given name) for Vietnamese names, the family
 * name otherwise. If several officials share it, the one mentioned most recently before it wins. A one-word name
 * that matches nobody is dropped: it never creates an official.
 */
final class ShortReferences {
    private ShortReferences() {
    }

    private static boolean isFamilyOfAnother(List<OfficialDraft> drafts, OfficialDraft self, String f) {
        for (OfficialDraft d : drafts) {
            if (d != self && f.equals(d.name.family())) {
                return true;
            }
        }
        return false;
    }

    static void attach(Doc doc, Annotations ann, List<OfficialDraft> drafts, List<NameRun> singles,
            List<NameRun> allRuns) {
        if (drafts.isEmpty()) {
            return;
        }
        for (NameRun r : singles) {
            if (r.used) {
                continue;
            }
            String f = io.attache.extraction.text.Fold.fold(r.units.get(0)).replace("'", "");
            List<OfficialDraft> candidates = new ArrayList<>();
            for (OfficialDraft d : drafts) {
                if (f.equals(d.name.shortForm()) || (d.name.style() != NameStyle.VIETNAMESE
                        && d.name.family() == null && d.name.parts().contains(f))) {
                    candidates.add(d);
                }
            }
            if (candidates.isEmpty()) {
                // Thai, Indonesian and other traditions refer back by the first name ("Anan", "Prabowo"):
                // accept any part of exactly one official's name
                for (OfficialDraft d : drafts) {
                    if (d.name.parts().contains(f) && !isFamilyOfAnother(drafts, d, f)) {
                        candidates.add(d);
                    }
                }
                if (candidates.size() != 1) {
                    continue;
                }
            }
            OfficialDraft best = candidates.get(0);
            int bestPos = -1;
            for (OfficialDraft d : candidates) {
                for (int[] m : d.mentionTokens) {
                    if (m[0] < r.start && m[0] > bestPos) {
                        bestPos = m[0];
                        best = d;
                    }
                }
            }
            best.mentionTokens.add(new int[] {r.start, r.end});
            best.mentions.add(doc.spanTokens(r.start, r.end));
            if (best.rank == null && r.rank != null) {
                best.rank = r.rank;
                best.printedRank = r.printedRank;
            }
        }
    }
}
