package io.attache.testing;

/**
 * Where the real infrastructure of a test run is. `deploy/attache test` starts it and exports these variables; the
 * defaults are the ones the services use.
 */
public final class TestInfra {
    private TestInfra() {
    }

    public static String kafkaBootstrapServers() {
        return env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    public static String jdbcUrl() {
        return env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/attache");
    }

    public static String dbUser() {
        return env("QUARKUS_DATASOURCE_USERNAME", "attache");
    }

    public static String dbPassword() {
        return env("QUARKUS_DATASOURCE_PASSWORD", "attache");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
