package io.resumetailor.apidocs.boundary;

import io.resumetailor.admin.boundary.RoleChange;
import io.resumetailor.admin.boundary.SettingChange;
import io.resumetailor.settings.boundary.SettingView;
import io.resumetailor.auth.boundary.SignInRequests;
import io.resumetailor.auth.boundary.SignInResponse;
import io.resumetailor.llm.boundary.LlmKeyRequest;
import io.resumetailor.llm.boundary.LlmKeyView;
import io.resumetailor.apidocs.control.SchemaBuilder;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.profiles.boundary.ProfileRequest;
import io.resumetailor.profiles.boundary.ProfileView;
import io.resumetailor.resumes.boundary.ResumeRequest;
import io.resumetailor.resumes.boundary.ResumeView;
import io.resumetailor.accounts.boundary.AccountExport;
import io.resumetailor.accounts.boundary.MeView;
import io.resumetailor.users.boundary.UserView;
import io.resumetailor.tailoring.boundary.GenerationRequest;
import io.resumetailor.tailoring.boundary.GenerationView;
import io.resumetailor.resumes.boundary.ImportResult;
import io.resumetailor.usage.boundary.UsageReport;
import io.resumetailor.usage.boundary.UsageView;
import io.resumetailor.vacancies.boundary.RequirementsRequest;
import io.resumetailor.vacancies.boundary.VacancyRequest;
import io.resumetailor.vacancies.boundary.VacancyView;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the generated OpenAPI document: the component schemas of every request and
 * response type (built by {@link SchemaBuilder}; resources refer to them by name), page
 * schemas, the problem schema on every error response, and no non-standard fields.
 */
public class ApiDocument implements OASFilter {

    /** The types that appear in request and response bodies; what they contain is added too. */
    static final List<Class<?>> BODIES = List.of(SignInRequests.Google.class, SignInRequests.Dev.class,
            SignInResponse.class, MeView.class, AccountExport.class, RoleChange.class, UserView.class,
            ProfileRequest.class, ProfileView.class, VacancyRequest.class, VacancyView.class, ResumeRequest.class,
            ResumeView.class, LlmKeyRequest.class, LlmKeyView.class, Problem.class, SettingView.class, SettingChange.class,
            UsageView.class, UsageReport.class,
            ImportResult.class, GenerationView.class,
            GenerationRequest.class, RequirementsRequest.class);

    /** Paged lists: schema name and item type. */
    static final Map<String, Class<?>> PAGES = Map.of("UserPage", UserView.class, "VacancyPage", VacancyView.class,
            "ResumePage", ResumeView.class, "GenerationPage", GenerationView.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        mergeTags(openAPI);
        documentJsonResumeCreation(openAPI);
        Map<String, Schema> schemas = new TreeMap<>();
        for (Class<?> type : reachable(BODIES)) {
            schemas.put(SchemaBuilder.name(type), SchemaBuilder.of(type));
        }
        PAGES.forEach((name, item) -> schemas.put(name, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(SchemaBuilder.ref(item)))
                .addProperty("page", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO))
                .addProperty("size", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("total", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                        .description("items across pages, counted up to " + Page.TOTAL_CAP))
                .addProperty("totalCapped", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN)
                        .description("true when there are more than " + Page.TOTAL_CAP + " items"))
                .addProperty("next", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("cursor of the next page (?cursor=); absent on the last page"))
                .required(List.of("items", "page", "size", "total", "totalCapped"))));
        schemas.put("SettingList", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(SchemaBuilder.ref(SettingView.class)));
        schemas.put("LlmKeyList", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(SchemaBuilder.ref(LlmKeyView.class)));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().schemas(schemas);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                            MediaType problem = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
                            if (problem != null && problem.getSchema() == null) {
                                problem.setSchema(SchemaBuilder.ref(Problem.class));
                            }
                        }
                    });
                }
            }));
        }
    }

    static Set<Class<?>> reachable(List<Class<?>> roots) {
        Set<Class<?>> found = new LinkedHashSet<>();
        roots.forEach(root -> visit(root, found));
        return found;
    }

    private static void visit(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, found);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !raw.getName().startsWith("io.resumetailor.") || !found.add(raw)) {
            return;
        }
        if (raw.isRecord()) {
            for (var component : raw.getRecordComponents()) {
                visit(component.getGenericType(), found);
            }
        } else {
            for (var field : raw.getFields()) {
                visit(field.getGenericType(), found);
            }
        }
    }

    /**
     * {@code POST /api/resumes} is one operation with two bodies: a DOCX/PDF upload
     * (multipart) or structured content (JSON). JAX-RS has a method for each; OpenAPI 3.0
     * has one operation per method and path, so the generator keeps the upload only. The
     * JSON body joins it here.
     */
    static void documentJsonResumeCreation(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItem("/api/resumes") == null
                || openAPI.getPaths().getPathItem("/api/resumes").getPOST() == null) {
            return;
        }
        var post = openAPI.getPaths().getPathItem("/api/resumes").getPOST();
        Schema upload = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("file", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")
                        .description("the DOCX or PDF"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(255)
                        .description("optional; the file name without its extension by default"))
                .required(List.of("file"));
        post.requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType("multipart/form-data", OASFactory.createMediaType().schema(upload))
                .addMediaType("application/json", OASFactory.createMediaType().schema(SchemaBuilder.ref(ResumeRequest.class)))));
        post.summary("Create a resume: import a DOCX or PDF (multipart: file, optional title), or send structured content (JSON)");
        post.description((post.getDescription() == null ? "" : post.getDescription() + " ")
                + "With Content-Type application/json the body is a ResumeRequest (createResume) and the answer a ResumeView.");
    }

    /** Resources share tags ("admin"); the document lists each tag once, with its description. */
    static void mergeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new TreeMap<>();
        for (var tag : openAPI.getTags()) {
            var known = byName.get(tag.getName());
            if (known == null || (known.getDescription() == null && tag.getDescription() != null)) {
                byName.put(tag.getName(), tag);
            }
        }
        byName.values().forEach(tag -> {
            if (tag.getDescription() == null) {
                tag.setDescription(TAG_DESCRIPTIONS.getOrDefault(tag.getName(), tag.getName()));
            }
        });
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    static final Map<String, String> TAG_DESCRIPTIONS = Map.of("admin", "Administration (super admins)");

    /** Payara adds a root field {@code endpoints} that OpenAPI 3.0 does not have; null breaks its serializer. */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new HashMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // another implementation: nothing to remove
        }
    }
}
