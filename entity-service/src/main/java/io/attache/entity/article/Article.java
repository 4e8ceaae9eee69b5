package io.attache.entity.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/** An article in the store. ingest-service creates it 'pending'; this service moves it to 'processed' or 'failed'. */
@Entity
@Table(name = "article")
@DynamicUpdate // processing changes the status columns only: the text is not sent back and re-stored with them
public class Article extends PanacheEntityBase {
    public static final String PENDING = "pending";
    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";

    @Id
    public String id;
    public String url;
    public String title;
    public String publisher;
    @Column(name = "published_at")
    public LocalDate publishedAt;
    public String language;
    public String text;
    public String status;
    @Column(name = "failure_reason")
    public String failureReason;
    public boolean queued;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
}
