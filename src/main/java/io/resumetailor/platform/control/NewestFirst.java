package io.resumetailor.platform.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of one owner in a table, newest first by a timestamp column and the id (the
 * order of an index on {@code (owner, timestamp DESC, id DESC)}), read in the ways paging
 * needs: the first rows, the rows after a cursor (keyset: as cheap on the 500th page as on
 * the first), the ids at an offset (an index-only scan, so a deep page by number skips
 * index entries, not table rows) and a count that stops at a cap.
 */
public final class NewestFirst<E> {

    private final EntityManager em;
    private final Class<E> type;
    private final String from;
    private final Object owner;
    private final String timestamp;
    private final String order;
    private final Function<E, UUID> idOf;

    /**
     * @param table  the table
     * @param ownerColumn the column that selects the owner's rows; {@code condition} more SQL, may be empty
     * @param timestamp  the timestamp column of the order
     */
    public NewestFirst(EntityManager em, Class<E> type, String table, String ownerColumn, Object owner, String condition,
                       String timestamp, Function<E, UUID> idOf) {
        this.em = em;
        this.type = type;
        this.from = " FROM " + table + " WHERE " + ownerColumn + " = ?1" + (condition.isEmpty() ? "" : " AND " + condition);
        this.owner = owner;
        this.timestamp = timestamp;
        this.order = " ORDER BY " + timestamp + " DESC, id DESC";
        this.idOf = idOf;
    }

    @SuppressWarnings("unchecked")
    public List<E> first(int limit) {
        return em.createNativeQuery("SELECT *" + from + order + " LIMIT ?2", type)
                .setParameter(1, owner).setParameter(2, limit).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<E> after(LocalDateTime at, UUID id, int limit) {
        return em.createNativeQuery("SELECT *" + from + " AND (" + timestamp + ", id) < (?2, ?3)" + order + " LIMIT ?4", type)
                .setParameter(1, owner).setParameter(2, at).setParameter(3, id).setParameter(4, limit).getResultList();
    }

    /** The rows at {@code offset}: their ids first (index only), then the rows themselves. */
    public List<E> at(int offset, int limit) {
        List<?> ids = em.createNativeQuery("SELECT id" + from + order + " OFFSET ?2 LIMIT ?3")
                .setParameter(1, owner).setParameter(2, offset).setParameter(3, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i), i);
        }
        List<E> rows = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", ordered).getResultList();
        return rows.stream().sorted(Comparator.comparing(row -> position.get(idOf.apply(row)))).collect(Collectors.toList());
    }

    /** How many rows there are, counting no further than {@code cap}. */
    public long countUpTo(int cap) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT ?2) AS counted")
                .setParameter(1, owner).setParameter(2, cap).getSingleResult()).longValue();
    }
}
