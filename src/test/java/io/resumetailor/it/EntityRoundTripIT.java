package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.llm.entity.LlmKey;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.profiles.entity.LanguageEntry;
import io.resumetailor.profiles.entity.PhoneEntry;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.profiles.entity.WorkFormat;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import io.resumetailor.resumes.entity.SourceFileType;
import io.resumetailor.settings.entity.SystemConfig;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.usage.entity.UsageLog;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.User;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.File;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: every entity is written through EclipseLink and read back in a new
 * transaction, enum and jsonb columns included, on the packaged WAR's persistence unit.
 */
@ExtendWith({AppServer.class, ArquillianExtension.class})
class EntityRoundTripIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")))
                .addClasses(EntityRoundTripIT.class, RoundTripStore.class, AppServer.class);
    }

    @Inject
    RoundTripStore store;

    static ResumeContent content() {
        return new ResumeContent(
                new PersonalInfo("Zofia Łukasiewicz", "zofia@example.com", "+48 600 100 200", "Kraków",
                        "https://www.linkedin.com/in/zofia", "https://zofia.dev"),
                "Backend engineer.",
                List.of(new ExperienceEntry("Acme", "Senior Engineer", "2020-01", null, "Built the billing platform.",
                                List.of("Billing"), List.of(new ExperienceLink("Case study", "https://acme.test/case"))),
                        new ExperienceEntry("Initech", "Engineer", "2017-03", "2019-12", "Java services.", null, null)),
                List.of(new EducationEntry("AGH", "MSc", "Computer Science", "2012-10", "2017-06")),
                List.of("Java", "PostgreSQL"),
                List.of(new CertificationEntry("OCP Java 17", "Oracle", "2022-05")),
                List.of(new ResumeLanguage("Polish", "Native"), new ResumeLanguage("Русский", "B2")));
    }

    User user(Role role) {
        String unique = UUID.randomUUID().toString();
        return store.save(new User(unique + "@example.com", "google-" + unique, role));
    }

    @Test
    void userWithEveryRoleRoundTrips() {
        for (Role role : Role.values()) {
            User saved = user(role);
            User loaded = store.load(User.class, saved.getId());
            assertEquals(role, loaded.getRole());
            assertEquals(saved.getEmail(), loaded.getEmail());
            assertEquals(saved.getGoogleId(), loaded.getGoogleId());
            assertEquals(saved.getCreatedAt(), loaded.getCreatedAt());
        }
    }

    @Test
    void profileWithJsonbListsRoundTrips() {
        User user = user(Role.PUBLIC);
        Profile profile = new Profile(user.getId());
        profile.replace("Zofia", "Łukasiewicz", "zofia@example.com", "PL", "Kraków", WorkFormat.HYBRID,
                List.of(new LanguageEntry("Polish", "Native"), new LanguageEntry("English", "C1")),
                List.of(new PhoneEntry("+48 600 100 200", "Mobile"), new PhoneEntry("+48 12 000 00 00", null)));
        store.save(profile);
        Profile loaded = store.load(Profile.class, profile.getId());
        assertEquals(WorkFormat.HYBRID, loaded.getWorkFormat());
        assertEquals(profile.getLanguages(), loaded.getLanguages());
        assertEquals(profile.getPhones(), loaded.getPhones());
        assertEquals("Łukasiewicz", loaded.getLastName());
        assertTrue(loaded.isComplete());
    }

    @Test
    void resumeContentRoundTripsExactly() {
        User user = user(Role.FRIEND);
        Resume resume = store.save(new Resume(user.getId(), "Main", content(), "cv.pdf", SourceFileType.PDF));
        Resume loaded = store.load(Resume.class, resume.getId());
        assertEquals(content(), loaded.getContent());
        assertEquals(SourceFileType.PDF, loaded.getSourceFileType());
        assertNull(loaded.getContent().experience().get(0).endDate());
    }

    @Test
    void vacancyAndGenerationRoundTrip() {
        User user = user(Role.PUBLIC);
        Resume resume = store.save(new Resume(user.getId(), "Main", content(), "cv.docx", SourceFileType.DOCX));
        Vacancy vacancy = new Vacancy(user.getId());
        vacancy.replace("Globex", "Staff Engineer", "Java, PostgreSQL, Kubernetes.", "https://globex.test/jobs/1", null);
        store.save(vacancy);
        Generation generation = store.save(new Generation(vacancy.getId(), resume.getId(), content(), 41, 77));

        Vacancy loadedVacancy = store.load(Vacancy.class, vacancy.getId());
        assertEquals("Globex (Staff Engineer)", loadedVacancy.displayTitle());
        Generation loaded = store.load(Generation.class, generation.getId());
        assertEquals(41, loaded.getMatchScoreBefore());
        assertEquals(77, loaded.getMatchScoreAfter());
        assertEquals(content(), loaded.getContent());
        assertEquals(90, ChronoUnit.DAYS.between(loaded.getGeneratedAt(), loaded.getExpiresAt()));
    }

    @Test
    void llmKeyUsageLogAndSystemConfigRoundTrip() {
        User user = user(Role.SUPER_ADMIN);
        LlmKey key = store.save(new LlmKey(user.getId(), LlmProvider.GEMINI, "x9Zq"));
        assertEquals(LlmProvider.GEMINI, store.load(LlmKey.class, key.getId()).getProvider());

        UsageLog log = store.save(new UsageLog(user.getId(), Operation.GENERATE, ProviderType.BYOK, 1234,
                new BigDecimal("0.012345")));
        UsageLog loadedLog = store.load(UsageLog.class, log.getId());
        assertEquals(Operation.GENERATE, loadedLog.getOperation());
        assertEquals(ProviderType.BYOK, loadedLog.getProviderType());
        assertEquals(1234, loadedLog.getTokensUsed());
        assertEquals(0, new BigDecimal("0.012345").compareTo(loadedLog.getCost()));

        String configKey = "test_" + UUID.randomUUID().toString().substring(0, 8);
        store.save(new SystemConfig(configKey, Json.createObjectBuilder().add("nested", Json.createArrayBuilder()
                .add(1).add("two")).build()));
        SystemConfig loadedConfig = store.load(SystemConfig.class, configKey);
        assertEquals("{\"nested\":[1,\"two\"]}", loadedConfig.getValue().toString());
        assertNotNull(loadedConfig.getUpdatedAt());
        assertEquals("\"openai\"", store.load(SystemConfig.class, "platform_provider").getValue().toString());
    }

    @Test
    void invalidEntityIsNotWritten() {
        User user = user(Role.PUBLIC);
        Vacancy vacancy = new Vacancy(user.getId());
        vacancy.replace("", null, "desc", "javascript:alert(1)", null);
        assertThrows(EJBException.class, () -> store.save(vacancy));
    }
}
