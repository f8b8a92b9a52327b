package vn.motcua.processing.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-checked Qute templates (src/main/resources/templates). */
@CheckedTemplate
public final class Templates {
    private Templates() {
    }

    public static native TemplateInstance controlSheet(ControlSheetPage.Sheet sheet);

    public static native TemplateInstance citizenLookup(CitizenLookupPage.Page page);
}
