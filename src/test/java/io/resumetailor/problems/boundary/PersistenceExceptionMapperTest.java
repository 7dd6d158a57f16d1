package io.resumetailor.problems.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistenceExceptionMapperTest {

    @Test
    void connectionFailuresAreUnavailable() {
        assertTrue(PersistenceExceptionMapper.unreachable(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(PersistenceExceptionMapper.unreachable(new PersistenceException(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(PersistenceExceptionMapper.unreachable(new PersistenceException(new SQLException("too many", "53300"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(PersistenceExceptionMapper.unreachable(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(PersistenceExceptionMapper.unreachable(new PersistenceException("no cause")));
    }
}
