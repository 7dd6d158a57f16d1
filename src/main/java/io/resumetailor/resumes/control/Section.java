package io.resumetailor.resumes.control;

/** The kinds of resume section the built-in parser reads; OTHER ends the section before it and is not read. */
enum Section { SUMMARY, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS, PROJECTS, CONTACT, REFERENCES, OTHER }
