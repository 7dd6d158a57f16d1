package io.resumetailor.resumes.control;

import java.util.List;
import java.util.Optional;

/**
 * A run of lines under one heading. {@code heading} is null for the lines above the first
 * heading (the header with name and contacts); {@code range} is a date range written in
 * the heading itself ("EXPERIENCIA (10/2022-05/2023)"), which then dates its only entry.
 */
record ResumeSection(Section kind, ResumeLine heading, List<ResumeLine> lines, Optional<MonthRange> range) {
}
