package io.resumetailor.export.control;

import java.util.concurrent.CancellationException;

/**
 * Lets an export be stopped when its time is up: the renderers check between blocks
 * whether their thread was interrupted (the export facade cancels a render that runs past
 * {@code export.timeout-seconds}) and stop there instead of finishing the document.
 */
final class RenderDeadline {

    private RenderDeadline() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("export cancelled: time is up");
        }
    }
}
