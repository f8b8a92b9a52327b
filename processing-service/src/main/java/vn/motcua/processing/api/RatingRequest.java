package vn.motcua.processing.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's rating: the lookup secret, a score from 1 to 5 per criterion (domain.Criterion) and a comment. */
public record RatingRequest(
        @Schema(description = "The lookup PIN printed on the receipt slip (8 characters)") String pin,
        @Schema(description = "Only for a dossier whose slip has no PIN: the phone's last 4 digits") String phoneLast4,
        @Schema(description = "A whole score from 1 (very dissatisfied) to 5 (very satisfied) for each criterion:"
                + " ACCESS (Tiếp cận dịch vụ), PROCEDURE (Thủ tục hành chính), OFFICER (Công chức giải quyết),"
                + " RESULT (Kết quả giải quyết), FEEDBACK (Tiếp nhận, xử lý góp ý)",
                example = "{\"ACCESS\": 5, \"PROCEDURE\": 4, \"OFFICER\": 5, \"RESULT\": 5, \"FEEDBACK\": 4}")
        Map<String, Object> scores,
        @Schema(description = "Optional, at most 1000 characters; read by the agency's staff only, never published",
                maxLength = 1000) String comment) {
}
