package io.resumetailor.admin.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.usage.boundary.UsageReport;
import io.resumetailor.usage.boundary.UsageReports;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("admin/usage")
@RolesAllowed(Roles.SUPER_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not a super admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class AdminUsageResource {

    static final int MAX_DAYS = 366;

    @EJB

    UsageReports reports;

    @GET
    @Operation(operationId = "getUsageReport", summary = "Usage and cost per day, operation and provider type (UTC days, default the last 30)")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(ref = "UsageReport")))
    @APIResponse(responseCode = "400", description = "Invalid dates", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public UsageReport report(@QueryParam("from") @Parameter(description = "first day, YYYY-MM-DD") String from,
                              @QueryParam("to") @Parameter(description = "last day, YYYY-MM-DD (default today)") String to) {
        LocalDate last = day(to, "to", UtcClock.now().toLocalDate());
        LocalDate first = day(from, "from", last.minusDays(29));
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalidField("from", "must be on or before 'to', at most " + MAX_DAYS + " days earlier");
        }
        return reports.report(first, last);
    }

    private static LocalDate day(String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 1970 || day.getYear() > 9999) {
                throw ProblemException.invalidField(field, "must be a date between 1970-01-01 and 9999-12-31");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date as YYYY-MM-DD");
        }
    }
}
