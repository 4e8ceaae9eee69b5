package io.attache.benchmarks.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.CloudEvent;
import io.attache.contracts.EventTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The null pipeline: the same payloads through the same Kafka broker into the same PostgreSQL, without extraction,
 * resolution or change log. Producer side mirrors ingest-service (insert the pending row, publish the same structured
 * CloudEvent keyed by id with acks=all and idempotence, wait for the broker, mark the row queued); consumer side
 * mirrors entity-service (one consumer, records in order, one transaction per article that locks the row and marks it
 * processed, offsets committed after the transactions). Its own topic {@value #TOPIC} and table {@value #TABLE}.
 */
public final class NullPipeline implements AutoCloseable {
    public static final String TOPIC = "bench.null.articles.v1";
    public static final String TABLE = "bench_null_article";

    private final Config config;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final KafkaProducer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread consumerThread;
    private volatile boolean assigned;
    private volatile Throwable consumerFailure;

    public NullPipeline(Config config) throws Exception {
        this.config = config;
        try (Connection c = config.connect(); Statement s = c.createStatement()) {
            // the same columns, defaults, check, primary key and index as the real article table
            s.execute("create table if not exists " + TABLE + " (like article including defaults including constraints"
                    + " including indexes)");
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka);
        try (Admin a = Admin.create(admin)) {
            Set<String> topics = a.listTopics().names().get();
            if (!topics.contains(TOPIC)) {
                a.createTopics(List.of(new NewTopic(TOPIC, config.articlePartitions, (short) 1))).all().get();
            }
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public static String idOf(String url) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "nul_" + HexFormat.of().formatHex(d, 0, 12);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the consumer thread and waits until it has its partitions. */
    public void startConsumer() throws InterruptedException {
        consumerThread = new Thread(this::consume, "null-consumer");
        consumerThread.setDaemon(true);
        consumerThread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!assigned && consumerFailure == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!assigned) {
            throw new IllegalStateException("null consumer got no partitions", consumerFailure);
        }
    }

    private void consume() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-null");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
                Connection c = config.connect();
                PreparedStatement lock = c.prepareStatement("select status from " + TABLE + " where id = ? for update");
                PreparedStatement done = c.prepareStatement(
                        "update " + TABLE + " set status = 'processed', processed_at = now() where id = ? and status <> 'processed'")) {
            c.setAutoCommit(false);
            consumer.subscribe(List.of(TOPIC));
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!consumer.assignment().isEmpty()) {
                    assigned = true;
                }
                for (ConsumerRecord<String, String> r : records) {
                    CloudEvent<ArticleSubmitted> event = mapper.readValue(r.value(), new TypeReference<>() {
                    });
                    String id = event.data().id();
                    lock.setString(1, id);
                    lock.executeQuery().close();
                    done.setString(1, id);
                    done.executeUpdate();
                    c.commit();
                }
                if (!records.isEmpty()) {
                    consumer.commitAsync();
                }
            }
        } catch (Throwable t) {
            consumerFailure = t;
            t.printStackTrace();
        }
    }

    /** Sender side for one batch, as ingest-service does it for POST /articles/batch; returns the ids. */
    public List<String> send(Connection c, List<Payloads.Article> batch) throws Exception {
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>(batch.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("insert into " + TABLE
                + " (id, url, title, publisher, published_at, language, text, status, queued, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'pending', false, ?) on conflict (id) do nothing")) {
            for (Payloads.Article a : batch) {
                String id = idOf(a.url());
                LocalDate published = a.publishedAt() == null ? null : LocalDate.parse(a.publishedAt());
                insert.setString(1, id);
                insert.setString(2, a.url());
                insert.setString(3, a.title());
                insert.setString(4, a.publisher());
                if (published == null) {
                    insert.setNull(5, Types.DATE);
                } else {
                    insert.setDate(5, Date.valueOf(published));
                }
                insert.setString(6, "en");
                insert.setString(7, a.text());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.executeUpdate();
                ArticleSubmitted article = new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION, id, a.url(), a.title(),
                        a.publisher(), published, "en", a.text(), now);
                String json = mapper.writeValueAsString(CloudEvent.of(UUID.randomUUID().toString(),
                        EventTypes.INGEST_SOURCE, EventTypes.ARTICLE_SUBMITTED, now, id, article));
                acks.add(producer.send(new ProducerRecord<>(TOPIC, id, json)));
                ids.add(id);
            }
        }
        for (Future<RecordMetadata> f : acks) {
            f.get();
        }
        try (PreparedStatement queued = c.prepareStatement("update " + TABLE + " set queued = true where id = ?")) {
            for (String id : ids) {
                queued.setString(1, id);
                queued.executeUpdate();
            }
        }
        return ids;
    }

    public Throwable consumerFailure() {
        return consumerFailure;
    }

    @Override
    public void close() throws Exception {
        running.set(false);
        if (consumerThread != null) {
            consumerThread.join(10_000);
        }
        producer.close(Duration.ofSeconds(10));
    }

    /** Where things are. */
    public record Config(String kafka, String jdbcUrl, String user, String password, int articlePartitions) {
        public Connection connect() throws Exception {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }
}
