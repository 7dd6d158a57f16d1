package io.resumetailor.usage.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every five minutes, gives back what calls lost in a crash still hold ({@link StaleAdmissions}).
 * Non-persistent: every instance runs its own sweep; two at once do no harm, since a row
 * is deleted (and its reservation returned) by exactly one transaction.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleAdmissionSweep {

    @EJB

    StaleAdmissions staleAdmissions;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "stale-admission-sweep")
    void sweep() {
        staleAdmissions.reclaim();
    }
}
