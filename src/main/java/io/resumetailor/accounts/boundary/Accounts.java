package io.resumetailor.accounts.boundary;

import io.resumetailor.llm.boundary.LlmKeys;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.profiles.boundary.ProfileView;
import io.resumetailor.profiles.boundary.Profiles;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.resumes.boundary.ResumeView;
import io.resumetailor.resumes.boundary.Resumes;
import io.resumetailor.tailoring.boundary.Generations;
import io.resumetailor.usage.boundary.UsageArchive;
import io.resumetailor.usage.boundary.UsageMeter;
import io.resumetailor.usage.boundary.UsageReports;
import io.resumetailor.users.boundary.UserView;
import io.resumetailor.users.boundary.Users;
import io.resumetailor.users.entity.User;
import io.resumetailor.vacancies.boundary.Vacancies;
import io.resumetailor.vacancies.boundary.VacancyView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in user's own account, composed from every component that keeps something
 * of theirs: each is asked through its boundary, none of their tables is read here.
 */
@Stateless
public class Accounts {

    @EJB

    Users users;

    @EJB

    Profiles profiles;

    @EJB

    Resumes resumes;

    @EJB

    Vacancies vacancies;

    @EJB

    Generations generations;

    @EJB

    LlmKeys llmKeys;

    @EJB

    UsageMeter meter;

    @EJB

    UsageReports usage;

    @EJB

    UsageArchive archive;

    public MeView me(UUID userId) {
        User user = users.get(userId);
        Map<String, Long> usageToday = new LinkedHashMap<>();
        meter.todayByOperation(userId).forEach((operation, count) -> usageToday.put(operation.label(), count));
        return new MeView(UserView.of(user), Profile.isComplete(profiles.find(userId).orElse(null)), usageToday);
    }

    /** All of the user's data, oldest first within each kind. */
    public AccountExport export(UUID userId) {
        User user = users.get(userId);
        var generationRecords = generations.allOf(userId).stream()
                .map(g -> new AccountExport.GenerationRecord(g.getId(), g.getVacancyId(), g.getResumeId(), g.getContent(),
                        g.getMatchScoreBefore(), g.getMatchScoreAfter(), UtcClock.toOffset(g.getGeneratedAt()),
                        UtcClock.toOffset(g.getExpiresAt())))
                .toList();
        var usageRecords = usage.history(userId).stream()
                .map(l -> new AccountExport.UsageRecord(l.getOperation().label(), l.getProviderType().label(),
                        l.getTokensUsed(), l.getCost(), UtcClock.toOffset(l.getCreatedAt())))
                .toList();
        return new AccountExport(UtcClock.toOffset(UtcClock.now()), UserView.of(user),
                profiles.find(userId).map(ProfileView::of).orElse(null),
                resumes.allOf(userId).stream().map(ResumeView::of).toList(),
                vacancies.allOf(userId).stream().map(VacancyView::of).toList(),
                generationRecords, llmKeys.list(userId), usageRecords);
    }

    /** Deletes the account and everything of it, keeping its usage accounting (see {@link UsageArchive}). */
    public void delete(UUID userId) {
        archive.archive(userId);
        users.delete(userId);
    }
}
