package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.AgencyRef;

/**
 * The agency tree as seen in events (AgencyRef: code, name, level, path). Ancestors known only from a path are
 * stored by code with a null name, so that subtree filters work on any of them.
 */
@ApplicationScoped
public class AgencyRepository {
    private static final String SEPARATOR = "|";

    private final EntityManager em;
    private final WrittenValues written;

    public AgencyRepository(EntityManager em, WrittenValues written) {
        this.em = em;
        this.written = written;
    }

    /** Upserts the agency (writing only when something changed) and inserts unknown ancestors by code. */
    public void remember(AgencyRef agency) {
        String key = "agency/" + agency.code();
        if (written.isStored(key, agency)) {
            return;
        }
        written.storedInThisTransaction(key, agency);
        List<String> path = agency.path().isEmpty() ? List.of(agency.code()) : agency.path();
        for (int i = 0; i < path.size() - 1; i++) {
            em.createNativeQuery("insert into agency (code, path, depth) values (:code, string_to_array(:path, '|'), :depth) "
                            + "on conflict (code) do nothing")
                    .setParameter("code", path.get(i)).setParameter("path", join(path.subList(0, i + 1)))
                    .setParameter("depth", i + 1).executeUpdate();
        }
        em.createNativeQuery("insert into agency (code, name, level, path, depth) "
                        + "values (:code, :name, :level, string_to_array(:path, '|'), :depth) on conflict (code) do update "
                        + "set name = excluded.name, level = excluded.level, path = excluded.path, depth = excluded.depth "
                        + "where agency.name is distinct from excluded.name or agency.level is distinct from excluded.level "
                        + "or agency.path is distinct from excluded.path")
                .setParameter("code", agency.code()).setParameter("name", agency.name())
                .setParameter("level", agency.level() == null ? null : agency.level().name())
                .setParameter("path", join(path)).setParameter("depth", path.size()).executeUpdate();
    }

    /** Codes from the root down to and including the agency, when it is known. */
    public Optional<List<String>> pathOf(String code) {
        List<?> rows = em.createNativeQuery("select array_to_string(path, '|') from agency where code = :code")
                .setParameter("code", code).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Arrays.asList(((String) rows.get(0)).split("\\|")));
    }

    private static String join(List<String> codes) {
        return String.join(SEPARATOR, codes);
    }
}
