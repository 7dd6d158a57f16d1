package io.resumetailor.tailoring.control;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary the matcher understands: skills and technologies with their common
 * aliases (JS = JavaScript, k8s = Kubernetes, Postgres = PostgreSQL, ...), and text
 * normalisation (case, accents, plurals, punctuation) so that the same skill written two
 * ways is one keyword. Besides the vocabulary, technical-looking tokens (C++, .NET, S3,
 * OAuth2) and acronyms are keywords too.
 */
public final class Keywords {

    /** canonical keyword, then aliases. */
    static final String[][] VOCABULARY = {
        {"javascript", "js", "ecmascript"}, {"typescript", "ts"}, {"java"}, {"kotlin"}, {"scala"}, {"python", "py"},
        {"go", "golang"}, {"rust"}, {"c++", "cpp"}, {"c#", "csharp"}, {"ruby"}, {"php"}, {"swift"}, {"sql"},
        {"postgresql", "postgres", "psql"}, {"mysql"}, {"mariadb"}, {"oracle database", "oracle db"}, {"mongodb", "mongo"},
        {"redis"}, {"elasticsearch", "elastic search"}, {"kafka", "apache kafka"}, {"rabbitmq"}, {"cassandra"},
        {"kubernetes", "k8s"}, {"docker", "containers"}, {"terraform"}, {"ansible"}, {"helm"}, {"aws", "amazon web services"},
        {"azure", "microsoft azure"}, {"gcp", "google cloud", "google cloud platform"}, {"linux"}, {"git"},
        {"ci/cd", "cicd", "continuous integration", "continuous delivery"}, {"jenkins"}, {"github actions"}, {"gitlab ci"},
        {"spring", "spring framework"}, {"spring boot", "springboot"}, {"jakarta ee", "java ee", "j2ee"}, {"hibernate"},
        {"jpa"}, {"microservices", "microservice"}, {"rest", "restful", "rest api", "rest apis"}, {"graphql"}, {"grpc"},
        {"react", "reactjs", "react.js"}, {"angular", "angularjs"}, {"vue", "vue.js", "vuejs"}, {"node.js", "node", "nodejs"},
        {"django"}, {"flask"}, {"fastapi"}, {".net", "dotnet", ".net core"}, {"html"}, {"css"}, {"sass"},
        {"machine learning", "ml"}, {"deep learning"}, {"pytorch"}, {"tensorflow"}, {"pandas"}, {"numpy"}, {"spark", "apache spark"},
        {"airflow"}, {"data engineering"}, {"data analysis", "data analytics"}, {"statistics"}, {"tableau"}, {"power bi"},
        {"excel"}, {"agile"}, {"scrum"}, {"kanban"}, {"jira"}, {"tdd", "test-driven development"}, {"unit testing"},
        {"junit"}, {"selenium"}, {"cypress"}, {"devops"}, {"sre", "site reliability engineering"}, {"observability"},
        {"prometheus"}, {"grafana"}, {"security"}, {"oauth", "oauth2"}, {"openid connect", "oidc"}, {"distributed systems"},
        {"system design"}, {"api design"}, {"event-driven", "event driven"}, {"serverless"}, {"lambda", "aws lambda"},
        {"leadership", "team lead", "leading teams"}, {"mentoring", "mentorship"}, {"communication"},
        {"stakeholder management"}, {"project management"}, {"product management"}, {"english"}, {"german"}, {"french"},
        {"spanish"}, {"ux", "user experience"}, {"ui"}, {"figma"}, {"seo"}, {"salesforce"}, {"sap"}, {"accounting"},
        {"payments"}, {"billing"}, {"fintech"}, {"e-commerce", "ecommerce"}};

    static final Map<String, String> ALIASES = new LinkedHashMap<>();
    /** Aliases longest first, so "spring boot" is found before "spring". */
    static final java.util.List<String> ALIASES_LONGEST_FIRST;
    static final Set<String> STOPWORDS = Set.of("and", "or", "the", "a", "an", "to", "of", "in", "on", "for", "with", "we",
            "you", "our", "your", "is", "are", "be", "will", "as", "at", "by", "it", "this", "that", "from", "us", "i", "ii",
            "iii", "ok", "eu", "uk", "usa", "ceo", "cv", "pdf", "faq");

    static {
        for (String[] entry : VOCABULARY) {
            for (String name : entry) {
                ALIASES.put(name, entry[0]);
            }
        }
        ALIASES_LONGEST_FIRST = ALIASES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    static final Pattern TECH_TOKEN = Pattern.compile("(?<![\\p{L}\\d])([A-Za-z][A-Za-z0-9]*(?:[+#]{1,2}|\\d+[A-Za-z0-9]*)|\\.[A-Za-z]{2,}|[A-Z]{2,6})(?![\\p{L}\\d])");

    private Keywords() {
    }

    /** Lower case, accents removed, punctuation except + # . / - inside words as spaces, single spaces. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        folded = folded.replaceAll("[^\\p{L}\\p{N}+#./\\- ]", " ").replaceAll("(?<![\\p{L}\\p{N}])[.\\-/]|[.\\-/](?![\\p{L}\\p{N}])", " ");
        return " " + folded.replaceAll("\\s+", " ").strip() + " ";
    }

    /** Whether a normalised text contains the keyword or one of its aliases (or a plural of them) as a phrase. */
    public static boolean mentions(String normalizedText, String keyword) {
        for (String form : forms(keyword)) {
            if (normalizedText.contains(" " + form + " ") || normalizedText.contains(" " + form + "s ")
                    || normalizedText.contains(" " + form + "es ")) {
                return true;
            }
        }
        return false;
    }

    static List<String> forms(String keyword) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(keyword);
        ALIASES.forEach((alias, canonical) -> {
            if (canonical.equals(keyword)) {
                forms.add(alias);
            }
        });
        return List.copyOf(forms);
    }

    /** The keywords a piece of text names, canonical, in order of first appearance. */
    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        String normalized = normalize(text);
        ALIASES_LONGEST_FIRST.forEach(alias -> {
            if (normalized.contains(" " + alias + " ") || normalized.contains(" " + alias + "s ")) {
                found.add(ALIASES.get(alias));
            }
        });
        Matcher tech = TECH_TOKEN.matcher(text == null ? "" : text);
        while (tech.find()) {
            String token = normalize(tech.group(1)).strip();
            if (token.length() >= 2 && !STOPWORDS.contains(token) && !ALIASES.containsKey(token)
                    && !token.chars().allMatch(Character::isDigit)) {
                found.add(token);
            }
        }
        return found;
    }

    /** A keyword that is a known skill (in the vocabulary) as opposed to a token picked up from the text. */
    public static boolean isKnownSkill(String keyword) {
        return ALIASES.containsKey(keyword);
    }
}
