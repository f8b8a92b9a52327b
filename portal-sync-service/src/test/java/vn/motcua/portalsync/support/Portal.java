package vn.motcua.portalsync.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** What the portal stub received, read over its HTTP API, and its outage switch. */
public final class Portal {
    private Portal() {
    }

    private static String url() {
        return System.getProperty(PortalStubResource.URL_PROPERTY);
    }

    public static JsonPath state() {
        return given().get(url()).then().statusCode(200).extract().jsonPath();
    }

    /** The dossier records (data[0]) the portal accepted for one dossier, in arrival order. */
    public static List<Map<String, Object>> receivedFor(String dossierCode) {
        return state().getList("received.findAll { it.dossier.MaHoSo == '" + dossierCode + "' }.dossier");
    }

    public static List<String> keysFor(String dossierCode) {
        return state().getList("received.findAll { it.dossier.MaHoSo == '" + dossierCode + "' }.key");
    }

    public static void down() {
        switchTo(true);
    }

    public static void up() {
        switchTo(false);
    }

    private static void switchTo(boolean down) {
        given().post(url().replace("/dossiers", "/outage?down=" + down)).then().statusCode(200);
    }
}
