package io.resumetailor.accounts.boundary;

import io.resumetailor.llm.boundary.LlmKeyView;
import io.resumetailor.profiles.boundary.ProfileView;
import io.resumetailor.users.boundary.UserView;
import io.resumetailor.resumes.boundary.ResumeView;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.vacancies.boundary.VacancyView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything the service stores about a user, as they can download it (data portability). */
public record AccountExport(OffsetDateTime exportedAt, UserView user, ProfileView profile, List<ResumeView> resumes,
                            List<VacancyView> vacancies, List<GenerationRecord> generations, List<LlmKeyView> llmKeys,
                            List<UsageRecord> usage) {

    public record GenerationRecord(UUID id, UUID vacancyId, UUID resumeId, ResumeContent content, int matchScoreBefore,
                                   int matchScoreAfter, OffsetDateTime generatedAt, OffsetDateTime expiresAt) {
    }

    public record UsageRecord(String operation, String providerType, Integer tokensUsed, BigDecimal cost,
                              OffsetDateTime createdAt) {
    }
}
