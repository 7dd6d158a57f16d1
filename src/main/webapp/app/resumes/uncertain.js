// What the importer was unsure of ("uncertainFields" of an import): a field path
// ("personalInfo.location", "experience[0].startDate") or a section with a note
// ("skills: no skills section found"). Kept in this tab until the user saves the resume,
// because only the import answer carries them.

const KEY = 'resume-tailor.uncertain.';

export function remember(resumeId, uncertainFields) {
  if (uncertainFields?.length) {
    sessionStorage.setItem(KEY + resumeId, JSON.stringify(uncertainFields));
  }
}

/**
 * An import the server refused for a missing name or email ("incomplete-resume") carries what
 * it read; kept in this tab until the new-resume form takes it, to complete and save.
 */
export function rememberDraft(draft) {
  sessionStorage.setItem(KEY + 'draft', JSON.stringify(draft));
}

/** The refused import's content, title and uncertain fields, once; null when there is none. */
export function takeDraft() {
  const stored = sessionStorage.getItem(KEY + 'draft');
  sessionStorage.removeItem(KEY + 'draft');
  try {
    return stored ? JSON.parse(stored) : null;
  } catch {
    return null;
  }
}

export function forget(resumeId) {
  sessionStorage.removeItem(KEY + resumeId);
}

/** {fields: Set of paths, notes: [{section, path, text}]} */
export function recall(resumeId) {
  let stored = [];
  try {
    stored = JSON.parse(sessionStorage.getItem(KEY + resumeId)) ?? [];
  } catch {
    stored = [];
  }
  return parse(stored);
}

export function parse(uncertainFields) {
  const fields = new Set();
  const notes = [];
  for (const entry of uncertainFields) {
    const colon = entry.indexOf(': ');
    const path = colon < 0 ? entry.trim() : entry.slice(0, colon).trim();
    const section = path.replace(/\[.*$/, '').split('.')[0];
    if (colon < 0) {
      fields.add(path);
    } else {
      notes.push({ section, path, text: entry.slice(colon + 2) });
    }
  }
  return { fields, notes };
}
