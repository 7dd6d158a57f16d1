package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heavy user's lists against a light user's, on one server: a user with 100 000
 * vacancies, 100 000 generations (of one vacancy: the longest list a client pages) and
 * 10 000 resumes, and a user with 100 of each. For each list, the first page and the
 * 500th page (size 20) are requested alternately for both users, one client at a time,
 * after a warm-up; the table gives median and p90 per request and the heavy/light ratio
 * (target: <= 1.2). The 500th page is read two ways: by page number
 * ({@code ?page=499}) and by following {@code next} cursors from the first page, as a
 * client paging forward does. A light user has no 500th page: its figure is an empty page
 * and the honest comparison for "as fast as" is therefore also given against its first page.
 */
public final class HeavyUserBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int ROUNDS = Integer.getInteger("bench.rounds", 300);

    private HeavyUserBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/heavy-user");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config, List.of("-Xmx1g"), work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3), work.resolve("payara.log"));
                String heavy = ScaleOutCheck.signIn(base, "heavy@example.com");
                String light = ScaleOutCheck.signIn(base, "light@example.com");
                long seeding = System.nanoTime();
                String heavyVacancy;
                String lightVacancy;
                try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                    heavyVacancy = seed(sql, LoadBench.idOf(heavy), 100_000, 10_000, 100_000);
                    lightVacancy = seed(sql, LoadBench.idOf(light), 100, 100, 100);
                    sql.execute("VACUUM ANALYZE");
                }
                System.out.printf("seeded in %.1f s%n", (System.nanoTime() - seeding) / 1e9);
                String[][] lists = {{"vacancies", "/api/vacancies", "/api/vacancies"},
                        {"resumes", "/api/resumes", "/api/resumes"},
                        {"generations", "/api/vacancies/" + heavyVacancy + "/generations", "/api/vacancies/" + lightVacancy + "/generations"}};
                System.out.printf("%n| list | page | light p50 | light p90 | heavy p50 | heavy p90 | heavy/light (p50) |%n|---|---|---:|---:|---:|---:|---:|%n");
                for (String[] list : lists) {
                    String heavyFirst = list[1] + "?size=20";
                    String lightFirst = list[2] + "?size=20";
                    String heavyDeep = list[1] + "?size=20&page=499";
                    String lightDeep = list[2] + "?size=20&page=499";
                    String heavyCursor = cursorAt(base, heavy, list[1], 499);
                    String lightCursor = cursorAt(base, light, list[2], 4);
                    measure(base, list[0], "1st", heavy, heavyFirst, light, lightFirst);
                    measure(base, list[0], "500th by number (light: empty page)", heavy, heavyDeep, light, lightDeep);
                    measure(base, list[0], "500th by number vs light 1st", heavy, heavyDeep, light, lightFirst);
                    if (heavyCursor != null && lightCursor != null) {
                        measure(base, list[0], "500th by cursor (light: its last page)", heavy, heavyCursor, light, lightCursor);
                    }
                }
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }

    /** Vacancies, resumes and generations (all of one vacancy, the user's newest) of one user; returns that vacancy's id. */
    static String seed(Statement sql, String userId, int vacancies, int resumes, int generations) throws Exception {
        sql.execute("INSERT INTO vacancies (id, user_id, company, job_position, description, created_at, updated_at)"
                + " SELECT gen_random_uuid(), '" + userId + "', 'Company ' || i, 'Position ' || i, 'Requirements: Java, SQL, '"
                + " || i, now() - interval '1 second' * i, now() - interval '1 second' * i FROM generate_series(1, " + vacancies + ") i");
        sql.execute("INSERT INTO resumes (id, user_id, title, content, source_file_name, source_file_type, created_at, updated_at)"
                + " SELECT gen_random_uuid(), '" + userId + "', 'Resume ' || i, '{\"personalInfo\":{\"fullName\":\"A\",\"email\":\"a@example.com\"},"
                + "\"experience\":[],\"education\":[],\"skills\":[]}', 'cv.pdf', 'pdf', now() - interval '1 second' * i,"
                + " now() - interval '1 second' * i FROM generate_series(1, " + resumes + ") i");
        var vacancy = sql.executeQuery("SELECT id FROM vacancies WHERE user_id = '" + userId + "' ORDER BY created_at DESC LIMIT 1");
        vacancy.next();
        String vacancyId = vacancy.getString(1);
        var resume = sql.executeQuery("SELECT id FROM resumes WHERE user_id = '" + userId + "' LIMIT 1");
        resume.next();
        String resumeId = resume.getString(1);
        sql.execute("INSERT INTO generations (id, vacancy_id, resume_id, content, match_score_before, match_score_after, generated_at, expires_at)"
                + " SELECT gen_random_uuid(), '" + vacancyId + "', '" + resumeId + "', '{}', 40, 60, now() - interval '1 second' * i,"
                + " now() + interval '80 days' FROM generate_series(1, " + generations + ") i");
        return vacancyId;
    }

    /** The URL of page {@code pages} reached by following {@code next} cursors, or null when the list has none. */
    static String cursorAt(URI base, String token, String path, int pages) throws Exception {
        String url = path + "?size=20";
        for (int i = 0; i < pages; i++) {
            String body = get(base, token, url).body();
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            if (!next.find()) {
                return i == 0 ? null : url;
            }
            url = path + "?size=20&cursor=" + next.group(1);
        }
        return url;
    }

    static void measure(URI base, String list, String page, String heavy, String heavyUrl, String light, String lightUrl) throws Exception {
        for (int i = 0; i < 100; i++) {
            get(base, heavy, heavyUrl);
            get(base, light, lightUrl);
        }
        long[] heavyTimes = new long[ROUNDS];
        long[] lightTimes = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            heavyTimes[i] = timed(base, heavy, heavyUrl);
            lightTimes[i] = timed(base, light, lightUrl);
        }
        Arrays.sort(heavyTimes);
        Arrays.sort(lightTimes);
        double lightMedian = lightTimes[ROUNDS / 2] / 1e6;
        double heavyMedian = heavyTimes[ROUNDS / 2] / 1e6;
        System.out.printf("| %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |%n", list, page, lightMedian,
                lightTimes[ROUNDS * 9 / 10] / 1e6, heavyMedian, heavyTimes[ROUNDS * 9 / 10] / 1e6, heavyMedian / lightMedian);
    }

    static long timed(URI base, String token, String url) throws Exception {
        long start = System.nanoTime();
        var reply = get(base, token, url);
        long elapsed = System.nanoTime() - start;
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + reply.statusCode() + " " + reply.body());
        }
        return elapsed;
    }

    static HttpResponse<String> get(URI base, String token, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
