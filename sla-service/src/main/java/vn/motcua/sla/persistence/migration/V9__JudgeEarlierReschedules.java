package vn.motcua.sla.persistence.migration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * V9 (after V8__apologies.sql added the column): the reschedules recorded so far judged in time or late. In Java
 * because the judgement needs the working-day arithmetic of the agency calendars (quarkus.flyway.locations names
 * this package).
 */
public class V9__JudgeEarlierReschedules extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V9__JudgeEarlierReschedules.class);

    @Override
    public void migrate(Context context) throws Exception {
        String defaultId = ConfigProvider.getConfig().getOptionalValue("motcua.calendar.default-id", String.class)
                .orElse("vn-national");
        EarlierReschedules.Judged judged = EarlierReschedules.judge(context.getConnection(), defaultId);
        LOG.infof("earlier reschedules judged: %d in time, %d late", judged.inTime(), judged.late());
    }
}
