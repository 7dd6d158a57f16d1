package io.resumetailor.matching.control;

/**
 * What a part of a vacancy is about: requirements (must-haves), nice-to-haves, the tasks
 * of the job, noise (company blurb, benefits, salary, address, equal-opportunity text,
 * how to apply) or nothing said yet (text before the first heading).
 */
enum VacancyPart {
    MUST, NICE, TASKS, NOISE, NONE
}
