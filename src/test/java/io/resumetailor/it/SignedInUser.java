package io.resumetailor.it;

import java.util.UUID;

/** A user created through development sign-in, with the token the service issued. */
record SignedInUser(String id, String email, String role, String token) {

    static SignedInUser create(String prefix) {
        return signIn(prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    static SignedInUser signIn(String email) {
        var reply = Api.anonymous().post("/api/auth/dev", "{\"email\":\"" + email + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("dev sign-in failed: " + reply);
        }
        var json = reply.json();
        var user = json.getJsonObject("user");
        return new SignedInUser(user.getString("id"), user.getString("email"), user.getString("role"), json.getString("token"));
    }

    Api api() {
        return Api.withToken(token);
    }
}
