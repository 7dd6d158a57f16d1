package io.resumetailor.users.entity;

import io.resumetailor.platform.control.UtcClock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A person who signed in. Identity comes from Google ({@code googleId}); the email is kept current. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_GOOGLE_ID, query = "SELECT u FROM User u WHERE u.googleId = :googleId")
@NamedQuery(name = User.BY_EMAIL, query = "SELECT u FROM User u WHERE u.email = :email")
public class User {

    public static final String BY_GOOGLE_ID = "User.byGoogleId";
    public static final String BY_EMAIL = "User.byEmail";

    @Id
    private UUID id;

    @NotNull
    @Email
    @Size(max = 255)
    private String email;

    @NotBlank
    @Size(max = 255)
    @Column(name = "google_id")
    private String googleId;

    @NotNull
    @Convert(converter = RoleConverter.class)
    private Role role = Role.PUBLIC;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected User() {
    }

    public User(String email, String googleId, Role role) {
        this.email = email;
        this.googleId = googleId;
        this.role = role;
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = UtcClock.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = UtcClock.now();
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getGoogleId() {
        return googleId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User user && id != null && id.equals(user.id);
    }

    @Override
    public int hashCode() {
        return User.class.hashCode();
    }
}
