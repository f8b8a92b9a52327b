package vn.motcua.devstack;

import java.util.Optional;

/** A PostgreSQL JDBC URL split into server, database and parameters, e.g. {@code jdbc:postgresql://h:5432/db?ssl=true}. */
record JdbcUrl(String server, Optional<String> database, String parameters) {

    private static final String SCHEME = "jdbc:postgresql://";

    static JdbcUrl parse(String url) {
        if (!url.startsWith(SCHEME)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        int query = url.indexOf('?');
        String parameters = query < 0 ? "" : url.substring(query);
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        int slash = withoutQuery.indexOf('/', SCHEME.length());
        String server = slash < 0 ? withoutQuery : withoutQuery.substring(0, slash);
        String database = slash < 0 ? "" : withoutQuery.substring(slash + 1);
        return new JdbcUrl(server, database.isEmpty() ? Optional.empty() : Optional.of(database), parameters);
    }

    String withDatabase(String name) {
        return server + "/" + name + parameters;
    }
}
