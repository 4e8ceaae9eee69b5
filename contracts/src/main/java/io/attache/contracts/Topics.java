package io.attache.contracts;

/** Kafka topic names. Versioned in the name: a breaking change would be a new topic, never a new meaning. */
public final class Topics {
    /** Article events from ingest-service, key = article id, value = {@link CloudEvent} of {@link ArticleSubmitted}. */
    public static final String ARTICLES = "attache.articles.v1";
    /** Records of {@link #ARTICLES} that entity-service could not read, with the reason in the headers. */
    public static final String ARTICLES_DEAD_LETTER = "attache.articles.v1.dlq";
    /** Store changes relayed from change_log, key = entity id, value = {@link CloudEvent} of {@link ChangeEvent}. */
    public static final String CHANGES = "attache.changes.v1";

    private Topics() {
    }
}
