package io.resumetailor.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What a query returns, one string per row with columns joined by {@code |}: for checking what was (not) written. */
final class SqlRows {

    private SqlRows() {
    }

    static List<String> rows(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    if (c > 1) {
                        row.append('|');
                    }
                    row.append(rs.getString(c));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
