package io.resumetailor.platform.entity;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.util.UUID;

/**
 * An entity with a UUID primary key assigned in Java: EclipseLink does not read back the
 * database's {@code gen_random_uuid()} default. Equal when the ids are.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    private UUID id;

    @PrePersist
    void assignId() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }

    public UUID getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && id != null && id.equals(((Identified) other).id);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
