package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The province's agencies and procedures as intake serves them (loaded from the demo file first if absent). */
record Catalogue(Map<String, Agency> agencies, List<Procedure> procedures) {

    /** An agency: code, name, level, parent and calendar. */
    record Agency(String code, String name, String level, String parentCode, String calendarId) {
    }

    /** A procedure's current version: time per channel and its documents (as JSON, sent back as they are). */
    record Procedure(String code, String name, String fieldCode, String decidingAgencyCode, long amount, String unit,
            Long onlineAmount, String onlineUnit, boolean restart, JsonNode documents) {

        long amountFor(String channel) {
            return "ONLINE".equals(channel) && onlineAmount != null ? onlineAmount : amount;
        }

        String unitFor(String channel) {
            return "ONLINE".equals(channel) && onlineAmount != null ? onlineUnit : unit;
        }
    }

    static Catalogue load(Api api, Auth auth, String intakeUrl) {
        Catalogue catalogue = fetch(api, auth, intakeUrl);
        if (catalogue.procedures().isEmpty()) {
            seedDemo(api, auth, intakeUrl);
            catalogue = fetch(api, auth, intakeUrl);
        }
        return catalogue;
    }

    /** The top of the agency tree (the province's people's committee in the demo). */
    String root() {
        return agencies.values().stream().filter(a -> a.parentCode() == null).map(Agency::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("no root agency"));
    }

    Agency agency(String code) {
        Agency agency = agencies.get(code);
        if (agency == null) {
            throw new IllegalStateException("agency " + code + " is not in intake's list");
        }
        return agency;
    }

    private static Catalogue fetch(Api api, Auth auth, String intakeUrl) {
        return of(ok(api.get(intakeUrl + "/api/v1/agencies?active=true", auth.admin())).json(),
                ok(api.get(intakeUrl + "/api/v1/procedures", auth.admin())).json());
    }

    /** From JSON arrays shaped like intake's answers (the demo file has the same fields). */
    static Catalogue of(JsonNode agencyArray, JsonNode procedureArray) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        for (JsonNode a : agencyArray) {
            agencies.put(a.path("code").asText(), new Agency(a.path("code").asText(), a.path("name").asText(),
                    a.path("level").asText(), a.path("parentCode").asText(null), a.path("calendarId").asText(null)));
        }
        List<Procedure> procedures = new ArrayList<>();
        for (JsonNode p : procedureArray) {
            JsonNode online = p.path("onlineProcessingTime");
            procedures.add(new Procedure(p.path("code").asText(), p.path("name").asText(), p.path("fieldCode").asText(),
                    p.path("decidingAgencyCode").asText(), p.path("processingTime").path("amount").asLong(),
                    p.path("processingTime").path("unit").asText(),
                    online.isObject() ? online.path("amount").asLong() : null,
                    online.isObject() ? online.path("unit").asText() : null,
                    "RESTART".equals(p.path("supplementPolicy").asText()), p.path("requiredDocuments")));
        }
        return new Catalogue(agencies, procedures);
    }

    /**
     * intake loads its demo province only with MOTCUA_DEMO_LOAD=true: otherwise post the same file
     * (intake-service/src/main/resources/demo/dong-nai.json, or DEMO_REFERENCE_FILE) through the API.
     */
    private static void seedDemo(Api api, Auth auth, String intakeUrl) {
        Path file = Path.of(Settings.get("DEMO_REFERENCE_FILE",
                Settings.repoRoot().resolve("intake-service/src/main/resources/demo/dong-nai.json").toString()));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("intake has no procedures and " + file + " does not exist: start intake"
                    + " with MOTCUA_DEMO_LOAD=true or set DEMO_REFERENCE_FILE");
        }
        System.out.println("intake has no procedures: posting the demo province from " + file);
        try {
            JsonNode demo = Api.JSON.readTree(file.toFile());
            for (JsonNode agency : demo.path("agencies")) {
                Api.Result r = api.post(intakeUrl + "/api/v1/agencies", auth.admin(), agency.toString());
                if (!r.ok() && r.status() != 409) {
                    System.out.println("  agency " + agency.path("code").asText() + ": " + r.status() + " " + r.body());
                }
            }
            for (JsonNode procedure : demo.path("procedures")) {
                Api.Result r = api.post(intakeUrl + "/api/v1/procedures", auth.admin(), procedure.toString());
                if (!r.ok() && r.status() != 409) {
                    System.out.println("  procedure " + procedure.path("code").asText() + ": " + r.status() + " "
                            + r.body());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Api.Result ok(Api.Result r) {
        if (!r.ok()) {
            throw new IllegalStateException("intake answered " + r.status() + ": " + r.body());
        }
        return r;
    }
}
