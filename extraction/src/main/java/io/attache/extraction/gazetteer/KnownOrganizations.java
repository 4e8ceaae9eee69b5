package io.attache.extraction.gazetteer;

/** Named bodies (ASEAN, NATO, parties, armed forces...) with kind and country, from organizations.tsv. */
public final class KnownOrganizations {

    public record Org(String name, String kind, String country) {
    }

    private static final KnownOrganizations INSTANCE = new KnownOrganizations();
    private final PhraseIndex<Org> index = new PhraseIndex<>();

    public static KnownOrganizations get() {
        return INSTANCE;
    }

    private KnownOrganizations() {
        for (String[] row : Resources.rows("organizations.tsv")) {
            String country = Resources.cell(row, 2).strip();
            Org o = new Org(row[0].strip(), Resources.cell(row, 1).strip(), "-".equals(country) ? null : country);
            index.add(o.name(), o);
            for (String v : Resources.list(Resources.cell(row, 3))) {
                index.add(v, o);
            }
        }
    }

    public PhraseIndex<Org> index() {
        return index;
    }
}
