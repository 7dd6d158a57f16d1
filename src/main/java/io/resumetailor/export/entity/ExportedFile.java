package io.resumetailor.export.entity;

/** A rendered document and the file name it is offered under. */
public record ExportedFile(byte[] content, ExportFormat format, String fileName) {
}
