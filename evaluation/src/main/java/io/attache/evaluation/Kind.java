package io.attache.evaluation;

/** What the scorer counts. The {@link #id()} is the name used in reports, JSON and {@code --min kind=value}. */
public enum Kind {
    OFFICIALS("officials"),
    TITLES("titles"),
    RANKS("ranks"),
    COUNTRIES("countries"),
    EVENTS("events"),
    MAIN_EVENTS("main-events"),
    AGREEMENTS("agreements");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Kind byId(String id) {
        for (Kind k : values()) {
            if (k.id.equalsIgnoreCase(id) || k.name().equalsIgnoreCase(id) || k.id.replace("-", "_").equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "'; known: officials, titles, ranks, countries, events, main-events, agreements");
    }
}
