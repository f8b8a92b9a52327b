package vn.motcua.devstack;

import java.util.Map;
import java.util.function.Function;

/**
 * Where the tests' infrastructure is, as plain strings, so that it can be handed across class
 * loaders through system properties. {@code imapPort} is 0 when the mail server is external.
 */
record TestEndpoints(String dbUrl, String dbUser, String dbPassword, String kafkaBootstrapServers,
                     String smtpHost, int smtpPort, int imapPort, String keysDir) {

    private static final String PREFIX = "vn.motcua.devstack.test.";

    /**
     * The JDBC URL of database: appended to dbUrl when that names no database (then created if
     * missing); dbUrl used as is when it names one.
     */
    String jdbcUrl(String database) {
        JdbcUrl url = JdbcUrl.parse(dbUrl);
        if (url.database().isPresent()) {
            return dbUrl;
        }
        Databases.ensureExists(url.withDatabase("postgres"), dbUser, dbPassword, database);
        return url.withDatabase(database);
    }

    void publish() {
        Map.of("db.url", dbUrl, "db.user", dbUser, "db.password", dbPassword, "kafka", kafkaBootstrapServers,
                "smtp.host", smtpHost, "smtp.port", String.valueOf(smtpPort), "imap.port", String.valueOf(imapPort),
                "keys", keysDir).forEach((key, value) -> System.setProperty(PREFIX + key, value));
        System.setProperty(PREFIX + "ready", "true");
    }

    static boolean published() {
        return System.getProperty(PREFIX + "ready") != null;
    }

    static TestEndpoints read() {
        Function<String, String> get = key -> System.getProperty(PREFIX + key);
        return new TestEndpoints(get.apply("db.url"), get.apply("db.user"), get.apply("db.password"),
                get.apply("kafka"), get.apply("smtp.host"), Integer.parseInt(get.apply("smtp.port")),
                Integer.parseInt(get.apply("imap.port")), get.apply("keys"));
    }
}
