package io.resumetailor.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.resumetailor.profiles.entity.LanguageEntry;
import io.resumetailor.profiles.entity.LanguagesConverter;
import io.resumetailor.resumes.entity.ResumeContentConverter;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.RoleConverter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGobject;

class PgObjectsTest {

    @Test
    void writesEnumsAsTypedObjectsAndReadsStrings() {
        var converter = new RoleConverter();
        PGobject written = (PGobject) converter.convertToDatabaseColumn(Role.SUPER_ADMIN);
        assertEquals("role", written.getType());
        assertEquals("super_admin", written.getValue());
        assertEquals(Role.PUBLIC, converter.convertToEntityAttribute("public"));
        assertEquals(Role.FRIEND, converter.convertToEntityAttribute(written.getValue().equals("x") ? null : PgObjects.typed("role", "friend")));
        assertNull(converter.convertToEntityAttribute(null));
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("admin"));
    }

    @Test
    void roundTripsJsonbListsWithUnicode() {
        var converter = new LanguagesConverter();
        var languages = List.of(new LanguageEntry("Українська", "Native"), new LanguageEntry("Deutsch", "B2"));
        PGobject written = converter.convertToDatabaseColumn(languages);
        assertEquals("jsonb", written.getType());
        assertEquals(languages, converter.convertToEntityAttribute(written));
    }

    @Test
    void omitsNullsAndIgnoresDerivedProperties() {
        var content = io.resumetailor.resumes.entity.ResumeContentFixtures.minimal();
        String json = new ResumeContentConverter().convertToDatabaseColumn(content).getValue();
        assertEquals(false, json.contains("null"), json);
        assertEquals(false, json.contains("chronological") || json.contains("Chronological"), json);
        assertEquals(content, new ResumeContentConverter().convertToEntityAttribute(PgObjects.typed("jsonb", json)));
    }

    /** A Java null must still reach PostgreSQL typed as jsonb, or EclipseLink binds it as varchar (a 500 on save). */
    @Test
    void nullIsATypedJsonbNull() {
        var written = PgObjects.toJsonb(null, String.class);
        assertEquals("jsonb", written.getType());
        assertNull(written.getValue());
        assertNull(PgObjects.fromJsonb(written, String.class));
    }
}
