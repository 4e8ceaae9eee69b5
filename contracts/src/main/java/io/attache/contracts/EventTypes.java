package io.attache.contracts;

import java.util.List;

/** CloudEvent {@code type} values. The change types are also the change_log types and the SSE event names. */
public final class EventTypes {
    public static final String ARTICLE_SUBMITTED = "article.submitted";

    public static final String ARTICLE_PROCESSED = "article.processed";
    public static final String ARTICLE_FAILED = "article.failed";
    public static final String OFFICIAL_CREATED = "official.created";
    public static final String OFFICIAL_UPDATED = "official.updated";
    public static final String OFFICIAL_MERGED = "official.merged";
    public static final String EVENT_CREATED = "event.created";
    public static final String EVENT_UPDATED = "event.updated";
    public static final String AGREEMENT_CREATED = "agreement.created";
    public static final String AGREEMENT_UPDATED = "agreement.updated";
    /** After a reprocess: the entity no longer follows from the articles (e.g. folded into another). */
    public static final String OFFICIAL_REMOVED = "official.removed";
    public static final String EVENT_REMOVED = "event.removed";
    public static final String AGREEMENT_REMOVED = "agreement.removed";

    public static final List<String> CHANGE_TYPES = List.of(ARTICLE_PROCESSED, ARTICLE_FAILED,
            OFFICIAL_CREATED, OFFICIAL_UPDATED, OFFICIAL_MERGED, EVENT_CREATED, EVENT_UPDATED,
            AGREEMENT_CREATED, AGREEMENT_UPDATED, OFFICIAL_REMOVED, EVENT_REMOVED, AGREEMENT_REMOVED);

    /** The CloudEvent {@code source} of each producer. */
    public static final String INGEST_SOURCE = "/attache/ingest-service";
    public static final String ENTITY_SOURCE = "/attache/entity-service";

    /** "official.created" -> "official": the entity kind a change type is about. */
    public static String entityKind(String type) {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    private EventTypes() {
    }
}
