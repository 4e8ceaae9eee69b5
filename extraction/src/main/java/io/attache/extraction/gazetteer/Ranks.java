package io.attache.extraction.gazetteer;

import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Military and police ranks. Every canonical rank is expanded into all its abbreviated spellings ("Senior Lieutenant
 * General" -> "Sen. Lieut. Gen", "Sr. Lt. Gen.", "Snr Lt-Gen" ...) and stored in one {@link PhraseIndex}.
 */
public final class Ranks {

    private static final List<String> CANONICAL = List.of(
            "General", "Lieutenant General", "Major General", "Brigadier General", "Senior Lieutenant General",
            "Colonel General", "Senior Colonel", "Colonel", "Lieutenant Colonel", "Major", "Captain", "Senior Captain",
            "Admiral", "Vice Admiral", "Rear Admiral", "Senior Rear Admiral", "Fleet Admiral", "Commodore",
            "Lieutenant Commander", "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Air Commodore",
            "Field Marshal", "Marshal", "Brigadier", "Group Captain", "Wing Commander", "Police General",
            "Police Lieutenant General", "Police Major General", "Police Colonel", "Police Brigadier General",
            "Lieutenant", "Army General", "Senior Colonel General", "Commander");

    private static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            Map.entry("General", List.of("General", "Gen")),
            Map.entry("Lieutenant", List.of("Lieutenant", "Lieut", "Lt")),
            Map.entry("Major", List.of("Major", "Maj")),
            Map.entry("Brigadier", List.of("Brigadier", "Brig")),
            Map.entry("Colonel", List.of("Colonel", "Col")),
            Map.entry("Senior", List.of("Senior", "Sen", "Sr", "Snr")),
            Map.entry("Captain", List.of("Captain", "Capt", "Cpt")),
            Map.entry("Admiral", List.of("Admiral", "Adm")),
            Map.entry("Vice", List.of("Vice", "V")),
            Map.entry("Rear", List.of("Rear", "R")),
            Map.entry("Commander", List.of("Commander", "Cdr", "Cmdr")),
            Map.entry("Commodore", List.of("Commodore", "Cdre")),
            Map.entry("Marshal", List.of("Marshal")),
            Map.entry("Police", List.of("Police", "Pol")));

    private static final Ranks INSTANCE = new Ranks();
    private final PhraseIndex<String> index = new PhraseIndex<>();

    public static Ranks get() {
        return INSTANCE;
    }

    private Ranks() {
        for (String rank : CANONICAL) {
            List<String> variants = List.of("");
            for (String word : rank.split(" ")) {
                List<String> alts = ABBREVIATIONS.getOrDefault(word, List.of(word));
                List<String> next = new ArrayList<>();
                for (String v : variants) {
                    for (String a : alts) {
                        next.add(v.isEmpty() ? a : v + " " + a);
                    }
                }
                variants = next;
            }
            for (String v : variants) {
                if (v.length() > 1) {
                    index.add(v, rank);
                }
            }
        }
    }

    /** A rank ending exactly at token {@code last} (a trailing abbreviation period may follow); longest wins. */
    public PhraseIndex.Match<String> endingAt(List<Token> toks, int last, int floor) {
        PhraseIndex.Match<String> best = null;
        for (int s = last; s >= Math.max(floor, last - 9); s--) {
            PhraseIndex.Match<String> m = index.match(toks, s, true);
            if (m != null && m.end() == last + 1) {
                best = m;
            }
        }
        return best;
    }

    public PhraseIndex.Match<String> startingAt(List<Token> toks, int first) {
        return index.match(toks, first, true);
    }

    /** Canonical rank of a printed rank ("Sr. Lt. Gen." -> "Senior Lieutenant General"), or null. */
    public String canonical(String printed) {
        return index.get(String.join(" ", io.attache.extraction.text.Tokenizer.foldedWords(printed)));
    }
}
