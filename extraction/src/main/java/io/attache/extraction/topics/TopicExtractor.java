package io.attache.extraction.topics;

import io.attache.extraction.gazetteer.PhraseIndex;
import io.attache.extraction.gazetteer.Topics;
import io.attache.extraction.text.Doc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Topics named in the article (canonical names, first-appearance order), from the topic gazetteer. */
public final class TopicExtractor {
    private TopicExtractor() {
    }

    public static List<String> extract(Doc doc) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < doc.size(); i++) {
            PhraseIndex.Match<String> m = Topics.get().index().match(doc.tokens, i, false);
            if (m != null) {
                out.add(m.value());
                i = m.end() - 1;
            }
        }
        return new ArrayList<>(out);
    }

    /** Topics within tokens [from, to). */
    public static List<String> within(Doc doc, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            PhraseIndex.Match<String> m = Topics.get().index().match(doc.tokens, i, false);
            if (m != null && m.end() <= to) {
                out.add(m.value());
                i = m.end() - 1;
            }
        }
        return new ArrayList<>(out);
    }
}
