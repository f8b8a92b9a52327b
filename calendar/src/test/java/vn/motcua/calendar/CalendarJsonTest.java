package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON schema of the REST body, field by field, and round trips of the shipped data. */
class CalendarJsonTest {

    private static final String EXAMPLE = """
            {"id": "vn-national", "timeZone": "Asia/Ho_Chi_Minh", "basedOn": null,
             "sessions": {"MONDAY": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]},
             "exceptions": [
               {"date": "2025-01-27", "type": "DAY_OFF", "label": "Tết Ất Tỵ", "source": "CV ... /BNV"},
               {"date": "2025-04-26", "type": "WORKING_DAY", "label": "Làm bù", "source": "...",
                "sessions": [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]},
               {"date": "2026-11-24", "type": "DAY_OFF", "label": "x", "source": "y", "unverified": true}]}
            """;

    @Test
    void parsesEveryField() {
        CalendarDefinition definition = CalendarJson.parse(EXAMPLE);
        assertThat(definition.id()).isEqualTo("vn-national");
        assertThat(definition.basedOn()).isNull();
        assertThat(definition.sessions()).containsOnlyKeys(DayOfWeek.MONDAY);
        assertThat(definition.sessions().get(DayOfWeek.MONDAY)).containsExactly(
                new Session(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                new Session(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(definition.exceptions().get(0)).isEqualTo(CalendarException.dayOff(
                LocalDate.parse("2025-01-27"), "Tết Ất Tỵ", "CV ... /BNV"));
        assertThat(definition.exceptions().get(1).sessions()).hasSize(2);
        assertThat(definition.exceptions().get(2).unverified()).isTrue();
    }

    @Test
    void writesTheSameDocument() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode written = mapper.readTree(CalendarJson.write(CalendarJson.parse(EXAMPLE)));
        assertThat(written).isEqualTo(mapper.readTree(EXAMPLE));
    }

    @Test
    void endOfDayIsWrittenAs2400() {
        String json = "{\"id\": \"online\", \"sessions\": {\"SUNDAY\": [{\"start\": \"00:00\", \"end\": \"24:00\"}]}}";
        CalendarDefinition definition = CalendarJson.parse(json);
        assertThat(definition.sessions().get(DayOfWeek.SUNDAY).get(0).end()).isEqualTo(LocalTime.MAX);
        assertThat(CalendarJson.write(definition)).contains("\"24:00\"");
    }

    @Test
    void officialDataRoundTrips() throws Exception {
        for (CalendarDefinition definition : OfficialCalendars.all().values()) {
            assertThat(CalendarJson.parse(CalendarJson.write(definition))).isEqualTo(definition);
        }
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/vn/motcua/calendar/vn-national.json")) {
            assertThat(mapper.readTree(CalendarJson.write(OfficialCalendars.national())))
                    .isEqualTo(mapper.readTree(in));
        }
    }

    @Test
    void definitionsAreImmutableCopies() {
        CalendarDefinition definition = CalendarJson.parse(EXAMPLE);
        assertThat(definition.exceptions()).isUnmodifiable();
        assertThat(definition.sessions()).isUnmodifiable();
        assertThat(List.copyOf(definition.exceptions())).hasSize(3);
    }
}
