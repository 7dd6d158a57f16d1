package io.resumetailor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules, checked on every build: business components depend one way (each only
 * on components before it in {@link #ORDER}, so there is no cycle), and inside a component
 * entities know no control or boundary and controls know no boundary. A new component
 * fails here until it is given its place.
 */
class ArchitectureTest {

    /** Lowest first. The last four are compositions: they sit on top and nothing depends on them. */
    static final List<String> ORDER = List.of("problems", "platform", "users", "settings", "auth", "profiles", "usage",
            "llm", "resumes", "matching", "vacancies", "tailoring", "export", "accounts", "admin", "apidocs", "web");

    static final String ROOT = "io.resumetailor";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    static String component(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        return name.substring(ROOT.length() + 1).split("\\.")[0];
    }

    @Test
    void everyComponentHasItsPlaceInTheOrder() {
        TreeSet<String> unknown = new TreeSet<>();
        for (JavaClass type : classes) {
            String component = component(type);
            if (component != null && !ORDER.contains(component)) {
                unknown.add(component);
            }
        }
        assertEquals(new TreeSet<>(), unknown, "components missing from ArchitectureTest.ORDER");
        assertTrue(classes.size() > 100, "the scan found the application's classes");
    }

    @Test
    void componentsDependOnlyOnComponentsBeforeThem() {
        List<String> wrongWay = new ArrayList<>();
        for (JavaClass type : classes) {
            String from = component(type);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = component(dependency.getTargetClass());
                if (to != null && !to.equals(from) && ORDER.indexOf(to) > ORDER.indexOf(from)) {
                    wrongWay.add(from + " -> " + to + ": " + dependency.getDescription());
                }
            }
        }
        assertEquals(List.of(), wrongWay.stream().distinct().sorted().toList());
    }

    @Test
    void componentsAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void entitiesKnowNoControlOrBoundary() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".*.control..", ROOT + ".*.boundary..")
                .check(classes);
    }

    @Test
    void controlsKnowNoBoundary() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.boundary..")
                .check(classes);
    }

    /** A fully qualified name in code is an import that no import line shows; the bytecode cannot tell, the source can. */
    @Test
    void codeNamesOurTypesThroughImports() throws IOException {
        Pattern qualified = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.[a-z]+(\\.[a-z]+)*\\.[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("import ") || line.startsWith("package ")) {
                        continue;
                    }
                    Matcher matcher = qualified.matcher(line);
                    if (matcher.find()) {
                        found.add(sources.relativize(file) + ":" + (i + 1) + " " + matcher.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
