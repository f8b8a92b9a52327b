package vn.motcua.notification.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.motcua.notification.config.DemoConfig;
import vn.motcua.notification.domain.AgencyContact;
import vn.motcua.notification.persistence.AgencyContactRepository;

/** With {@code motcua.demo.load=true}, fills the staff directory with demo entries (existing ones are kept). */
@ApplicationScoped
public class DemoContactsLoader {
    private static final Logger LOG = Logger.getLogger(DemoContactsLoader.class);
    private static final String RESOURCE = "demo/agency-contacts.csv";

    private final AgencyContactRepository contacts;
    private final Clock clock;
    private final boolean load;

    public DemoContactsLoader(AgencyContactRepository contacts, Clock clock, DemoConfig config) {
        this.contacts = contacts;
        this.clock = clock;
        this.load = config.load();
    }

    void onStart(@Observes StartupEvent event) {
        if (load) {
            LOG.infof("demo staff directory: %d entries added", loadDemo());
        }
    }

    @Transactional
    public int loadDemo() {
        int added = 0;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(";");
                if (line.isBlank() || line.startsWith("#") || f.length < 4 || contacts.findByIdOptional(f[0]).isPresent()) {
                    continue;
                }
                AgencyContact c = new AgencyContact();
                c.agencyCode = f[0];
                c.leaderEmail = f[1];
                c.operatorEmail = f[2];
                c.counterEmail = f[3];
                c.updatedAt = clock.instant();
                contacts.persist(c);
                added++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }
}
