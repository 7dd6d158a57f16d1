package io.resumetailor.profiles.boundary;

import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.profiles.entity.LanguageEntry;
import io.resumetailor.profiles.entity.PhoneEntry;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.profiles.entity.WorkFormat;
import io.resumetailor.users.entity.User;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The one profile per user: read it, or create-or-replace it whole. */
@Stateless
public class Profiles {

    @PersistenceContext
    EntityManager em;

    public Profile get(UUID userId) {
        return find(userId).orElseThrow(() -> ProblemException.notFound("profile"));
    }

    /**
     * Creates or replaces the profile. The user's row is locked first, so two first
     * writes at once cannot both insert (profiles.user_id is unique) and an If-Match
     * check cannot be passed by two writers.
     */
    public Profile put(UUID userId, ProfileRequest request, String ifMatch) {
        if (em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProblemException.notFound("user");
        }
        Profile profile = find(userId).orElse(null);
        if (profile == null) {
            profile = new Profile(userId);
            apply(profile, request);
            em.persist(profile);
        } else {
            Versions.check(ifMatch, profile.getUpdatedAt());
            apply(profile, request);
        }
        em.flush();
        return profile;
    }

    public Optional<Profile> find(UUID userId) {
        return em.createNamedQuery(Profile.BY_USER, Profile.class).setParameter("userId", userId)
                .getResultStream().findFirst();
    }

    private static void apply(Profile profile, ProfileRequest request) {
        List<LanguageEntry> languages = request.languages.stream()
                .map(language -> new LanguageEntry(language.language.trim(), language.level.trim())).toList();
        List<PhoneEntry> phones = request.phones == null ? null : request.phones.stream()
                .map(phone -> new PhoneEntry(phone.number.trim(), phone.label == null || phone.label.isBlank()
                        ? null : phone.label.trim())).toList();
        profile.replace(request.firstName.trim(), request.lastName.trim(), request.email.trim(), request.country,
                request.searchRegion.trim(), WorkFormat.fromLabel(request.workFormat), languages, phones);
    }
}
