package io.attache.query.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** Read model of an article row. The schema is entity-service's; this service never writes. */
@Entity
@Immutable
@Table(name = "article")
public class ArticleRecord extends PanacheEntityBase {
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
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
}
