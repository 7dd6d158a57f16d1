package io.resumetailor.export.boundary;

import io.resumetailor.export.control.FileNames;
import io.resumetailor.export.entity.ExportedFile;
import jakarta.ws.rs.core.Response;

/** An exported file as a download: ASCII name plus the original spelling, never cached. */
final class Attachments {

    private Attachments() {
    }

    static Response of(ExportedFile file) {
        return Response.ok(file.content(), file.format().mediaType())
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName(), file.originalName()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
