package io.attache.extraction.gazetteer;

/** Diplomatic/defence topics: canonical name with spelling variants, matched case-insensitively. */
public final class Topics {
    private static final Topics INSTANCE = new Topics();
    private final PhraseIndex<String> index = new PhraseIndex<>();

    public static Topics get() {
        return INSTANCE;
    }

    private Topics() {
        for (String[] row : Resources.rows("topics.tsv")) {
            String canonical = row[0].strip();
            index.add(canonical, canonical);
            for (String v : Resources.list(Resources.cell(row, 1))) {
                index.add(v, canonical);
            }
        }
    }

    public PhraseIndex<String> index() {
        return index;
    }
}
