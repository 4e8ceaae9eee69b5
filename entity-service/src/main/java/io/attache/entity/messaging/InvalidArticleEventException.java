package io.attache.entity.messaging;

/** A record on the articles topic that can never be processed: it goes to the dead-letter topic with this message. */
public class InvalidArticleEventException extends RuntimeException {
    public InvalidArticleEventException(String message) {
        super(message);
    }
}
