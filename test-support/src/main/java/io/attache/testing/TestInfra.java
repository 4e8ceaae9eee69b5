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

    /**
     * The store's URL; with the system property {@code attache.test.database} (the end-to-end tests set it), the same
     * server's database of that name, so that what other modules' tests left in theirs cannot decide these tests.
     */
    public static String jdbcUrl() {
        String url = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/attache");
        String database = System.getProperty("attache.test.database");
        return database == null || database.isBlank() ? url : url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
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
