package io.attache.extraction.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * Cities (world capitals and the cities where diplomatic/defence meetings usually happen) with their country, and
 * geographic phrases that contain a country word without naming the country ("South China Sea", "Indian Ocean").
 */
public final class Places {

    public record City(String name, String country) {
    }

    private static final Places INSTANCE = new Places();

    private final PhraseIndex<City> cities = new PhraseIndex<>();
    private final PhraseIndex<String> geoBlocks = new PhraseIndex<>();
    private final Map<String, City> byFold = new HashMap<>();
    private final Map<String, City> capitals = new HashMap<>();

    public static Places get() {
        return INSTANCE;
    }

    private Places() {
        for (String[] row : Resources.rows("cities.tsv")) {
            City c = new City(row[0].strip(), Resources.cell(row, 1).strip());
            capitals.putIfAbsent(c.country(), c);
            cities.add(c.name(), c);
            byFold.put(String.join(" ", io.attache.extraction.text.Tokenizer.foldedWords(c.name())), c);
            for (String v : Resources.list(Resources.cell(row, 2))) {
                cities.add(v, c);
                byFold.put(String.join(" ", io.attache.extraction.text.Tokenizer.foldedWords(v)), c);
            }
        }
        for (String[] row : Resources.rows("geo_blocks.txt")) {
            geoBlocks.add(row[0].strip(), row[0].strip());
        }
    }

    public PhraseIndex<City> cities() {
        return cities;
    }

    public PhraseIndex<String> geoBlocks() {
        return geoBlocks;
    }

    /** The capital of a country (the first city the gazetteer lists for it), or null. */
    public City capital(String country) {
        return capitals.get(country);
    }

    /** City by its folded words ("tokyo", "ho chi minh city"); null if unknown. */
    public City cityByFold(String foldedWords) {
        return byFold.get(foldedWords);
    }
}
