package io.resumetailor.export.entity;

/**
 * A rendered document and the names it is offered under: {@code fileName} safe on every
 * OS (ASCII), {@code originalName} as the person spells it (for RFC 6266 {@code filename*}).
 */
public record ExportedFile(byte[] content, ExportFormat format, String fileName, String originalName) {
}
