package io.resumetailor.users.entity;

import io.resumetailor.platform.entity.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person who signed in. Identity comes from Google ({@code googleId}); the email is kept current. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_GOOGLE_ID, query = "SELECT u FROM User u WHERE u.googleId = :googleId")
@NamedQuery(name = User.BY_EMAIL, query = "SELECT u FROM User u WHERE u.email = :email")
public class User extends Timestamped {

    public static final String BY_GOOGLE_ID = "User.byGoogleId";
    public static final String BY_EMAIL = "User.byEmail";

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

    protected User() {
    }

    public User(String email, String googleId, Role role) {
        this.email = email;
        this.googleId = googleId;
        this.role = role;
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
}
