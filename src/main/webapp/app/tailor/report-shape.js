// The one place that knows the shapes the API uses for requirements, match explanations
// and guard warnings, and maps them to what the screens draw. Two explanation shapes are
// understood:
//   today:  {score, matched: [{keyword, mustHave}], missing: [{keyword, mustHave}], unevidenced: ["kafka"]}
//   target: {score, band, cap: {score, reason, requirements: [id]} | null,
//            matched: [{requirement, evidence: [{section, entry, line, text}]}],
//            missing: [{requirement, gain}], unevidenced: [requirement]}
// where a requirement is {id, text, mustHave, kind, years, concept, origin} or its id
// (looked up in the vacancy's requirements). A vacancy may carry `requirements` and
// `requirementsEdited`; without them the screens leave that part out.

/** A requirement in the screens' shape from an object, an id, or a bare keyword. */
function requirement(raw, lookup) {
  if (raw === null || raw === undefined) {
    return { id: null, text: '', mustHave: false, kind: null, years: null, concept: null, origin: null };
  }
  if (typeof raw === 'string') {
    return lookup.get(raw) ?? { id: null, text: raw, mustHave: false, kind: null, years: null, concept: raw, origin: null };
  }
  const text = raw.text ?? raw.keyword ?? raw.concept ?? '';
  return {
    id: raw.id ?? null,
    text,
    mustHave: Boolean(raw.mustHave),
    kind: raw.kind ?? null,
    years: raw.years ?? null,
    concept: raw.concept ?? raw.keyword ?? null,
    origin: raw.origin ?? null,
  };
}

function lookupOf(requirements) {
  return new Map((requirements ?? []).filter((r) => r.id).map((r) => [r.id, r]));
}

/** The same requirement in two explanations: by id when there is one, else by its text. */
export function keyOf(req) {
  return req.id ?? req.text.toLowerCase();
}

/** A vacancy's stored requirements, or null when the API does not offer them. */
export function requirementsOf(vacancy) {
  if (!Array.isArray(vacancy?.requirements)) {
    return null;
  }
  const none = new Map();
  return vacancy.requirements.map((raw) => requirement(raw, none));
}

/** One explanation (before or after) in the screens' shape; null stays null. */
export function explanation(raw, requirements = null) {
  if (!raw) {
    return null;
  }
  const lookup = lookupOf(requirements);
  const req = (value) => requirement(value, lookup);
  const evidence = (item) => ({
    section: item.section ?? null, entry: item.entry ?? null, line: item.line ?? null, text: item.text ?? '',
  });
  return {
    score: raw.score ?? 0,
    band: raw.band ?? null,
    cap: raw.cap ? { score: raw.cap.score, reason: raw.cap.reason ?? '', requirements: (raw.cap.requirements ?? []).map(req) } : null,
    matched: (raw.matched ?? []).map((item) => ('requirement' in item
      ? { requirement: req(item.requirement), evidence: (item.evidence ?? []).map(evidence) }
      : { requirement: req(item), evidence: [] })),
    missing: (raw.missing ?? []).map((item) => ('requirement' in item
      ? { requirement: req(item.requirement), gain: item.gain ?? null }
      : { requirement: req(item), gain: null })),
    unevidenced: (raw.unevidenced ?? []).map((item) => req(item).text),
  };
}

/**
 * Every requirement of a generation with its state before and after tailoring:
 * [{requirement, before: {matched, evidence, gain}, after: {...}}], must-haves first.
 */
export function requirementRows(before, after) {
  const rows = new Map();
  const note = (which, list, matched) => {
    for (const item of list ?? []) {
      const key = keyOf(item.requirement);
      if (!rows.has(key)) {
        rows.set(key, { requirement: item.requirement, before: null, after: null });
      }
      rows.get(key)[which] = { matched, evidence: item.evidence ?? [], gain: item.gain ?? null };
    }
  };
  note('before', before?.matched, true);
  note('before', before?.missing, false);
  note('after', after?.matched, true);
  note('after', after?.missing, false);
  return [...rows.values()].sort((a, b) => Number(b.requirement.mustHave) - Number(a.requirement.mustHave));
}

/** The words to highlight in the resumes: each requirement's concept, or its text when short. */
export function highlightTerms(...explanations) {
  const terms = new Set();
  for (const item of explanations.filter(Boolean).flatMap((e) => [...e.matched, ...e.missing])) {
    const { concept, text } = item.requirement;
    if (concept) {
      terms.add(concept);
    } else if (text && text.length <= 40) {
      terms.add(text);
    }
  }
  return [...terms];
}

const SECTIONS = ['personalInfo', 'summary', 'experience', 'education', 'skills', 'certifications', 'languages'];

/**
 * Puts each guard warning next to what it concerns in the tailored resume: the API says
 * where, as a section and, for an experience entry, its index in the tailored content.
 * A warning without a place (reports stored before warnings had one) goes with the general ones.
 */
export function placeWarnings(warnings) {
  const placed = { sections: Object.fromEntries(SECTIONS.map((s) => [s, []])), entries: new Map(), general: [] };
  for (const warning of warnings ?? []) {
    const text = typeof warning === 'string' ? warning : warning?.message ?? '';
    if (warning?.section === 'experience' && Number.isInteger(warning.entry)) {
      if (!placed.entries.has(warning.entry)) {
        placed.entries.set(warning.entry, []);
      }
      placed.entries.get(warning.entry).push(text);
    } else {
      (placed.sections[warning?.section] ?? placed.general).push(text);
    }
  }
  return placed;
}
