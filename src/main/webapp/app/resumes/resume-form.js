// A resume's structured content (the seed's ResumeContent) as an editable form, with
// the importer's uncertain fields highlighted. read() gives back the content to save.
import { field, valueOf } from '../components/fields.js';
import { rowList } from '../components/row-list.js';
import { h } from '../dom.js';
import { t } from '../text.js';

const MONTH = { placeholder: 'YYYY-MM', inputmode: 'numeric', maxlength: 7 };

const orNull = (value) => (value === '' ? null : value);
const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

function section(key, ...children) {
  return h('section', { class: 'form-section', 'aria-labelledby': `section-${key}`, dataset: { section: key } },
    h('h2', { id: `section-${key}` }, t(`resume.section.${key}`)), children);
}

function linksList(item, path) {
  return rowList({
    legend: t('resume.links'),
    prefix: `${path}.links`,
    items: item.links ?? [],
    renderRow: (link, linkPath) => h('div', { class: 'grid-2' },
      field({ label: t('resume.linkName'), path: `${linkPath}.name`, value: link.name, required: true }),
      field({ label: t('resume.linkUrl'), path: `${linkPath}.link`, value: link.link, type: 'url', required: true })),
    readRow: (row, linkPath) => ({ name: valueOf(row, `${linkPath}.name`), link: valueOf(row, `${linkPath}.link`) }),
    blank: () => ({ name: '', link: '' }),
    addLabel: t('resume.addLink'),
    removeLabel: (i) => t('resume.removeLink', i + 1),
  });
}

export function resumeForm({ title = '', content, uncertain }) {
  const c = content ?? { personalInfo: {}, experience: [], education: [], skills: [] };
  const p = c.personalInfo ?? {};
  const experience = rowList({
    legend: t('resume.section.experience'),
    legendHidden: true,
    prefix: 'experience',
    items: c.experience,
    renderRow: (item, path, index) => [
      h('h3', {}, t('resume.entry', index + 1)),
      h('div', { class: 'grid-2' },
        field({ label: t('resume.position'), path: `${path}.position`, value: item.position, required: true }),
        field({ label: t('resume.company'), path: `${path}.company`, value: item.company, required: true }),
        field({ label: t('resume.start'), path: `${path}.startDate`, value: item.startDate, required: true, ...MONTH }),
        field({ label: t('resume.end'), path: `${path}.endDate`, value: item.endDate, hint: t('resume.endHint'), ...MONTH })),
      field({ label: t('resume.description'), path: `${path}.description`, value: item.description, rows: 5,
        hint: t('resume.descriptionHint') }),
      field({ label: t('resume.projects'), path: `${path}.projects`, value: (item.projects ?? []).join('\n'), rows: 2,
        hint: t('resume.onePerLine') }),
      linksList(item, path)],
    readRow: (row, path) => {
      const links = row.querySelector('.row-list').values();
      const projects = lines(valueOf(row, `${path}.projects`));
      return {
        company: valueOf(row, `${path}.company`),
        position: valueOf(row, `${path}.position`),
        startDate: valueOf(row, `${path}.startDate`),
        endDate: orNull(valueOf(row, `${path}.endDate`)),
        description: row.querySelector(`.field[data-path="${CSS.escape(`${path}.description`)}"]`).control.value.replace(/\s+$/, ''),
        projects: projects.length ? projects : null,
        links: links.length ? links : null,
      };
    },
    blank: () => ({ company: '', position: '', startDate: '', endDate: null, description: '' }),
    addLabel: t('resume.addExperience'),
    removeLabel: (i) => t('resume.removeExperience', i + 1),
  });
  const education = rowList({
    legend: t('resume.section.education'),
    legendHidden: true,
    prefix: 'education',
    items: c.education,
    renderRow: (item, path) => h('div', { class: 'grid-2' },
      field({ label: t('resume.institution'), path: `${path}.institution`, value: item.institution, required: true }),
      field({ label: t('resume.degree'), path: `${path}.degree`, value: item.degree, required: true }),
      field({ label: t('resume.field'), path: `${path}.field`, value: item.field }),
      h('div', { class: 'grid-2' },
        field({ label: t('resume.start'), path: `${path}.startDate`, value: item.startDate, required: true, ...MONTH }),
        field({ label: t('resume.end'), path: `${path}.endDate`, value: item.endDate, ...MONTH }))),
    readRow: (row, path) => ({
      institution: valueOf(row, `${path}.institution`),
      degree: valueOf(row, `${path}.degree`),
      field: orNull(valueOf(row, `${path}.field`)),
      startDate: valueOf(row, `${path}.startDate`),
      endDate: orNull(valueOf(row, `${path}.endDate`)),
    }),
    blank: () => ({ institution: '', degree: '', startDate: '' }),
    addLabel: t('resume.addEducation'),
    removeLabel: (i) => t('resume.removeEducation', i + 1),
  });
  const certifications = rowList({
    legend: t('resume.section.certifications'),
    legendHidden: true,
    prefix: 'certifications',
    items: c.certifications ?? [],
    renderRow: (item, path) => h('div', { class: 'grid-3' },
      field({ label: t('resume.certName'), path: `${path}.name`, value: item.name, required: true }),
      field({ label: t('resume.issuer'), path: `${path}.issuer`, value: item.issuer }),
      field({ label: t('resume.date'), path: `${path}.date`, value: item.date, ...MONTH })),
    readRow: (row, path) => ({
      name: valueOf(row, `${path}.name`),
      issuer: orNull(valueOf(row, `${path}.issuer`)),
      date: orNull(valueOf(row, `${path}.date`)),
    }),
    blank: () => ({ name: '' }),
    addLabel: t('resume.addCertification'),
    removeLabel: (i) => t('resume.removeCertification', i + 1),
  });
  const languages = rowList({
    legend: t('resume.section.languages'),
    legendHidden: true,
    prefix: 'languages',
    items: c.languages ?? [],
    renderRow: (item, path) => h('div', { class: 'grid-2' },
      field({ label: t('profile.language'), path: `${path}.language`, value: item.language, required: true }),
      field({ label: t('profile.level'), path: `${path}.level`, value: item.level, required: true })),
    readRow: (row, path) => ({ language: valueOf(row, `${path}.language`), level: valueOf(row, `${path}.level`) }),
    blank: () => ({ language: '', level: '' }),
    addLabel: t('profile.addLanguage'),
    removeLabel: (i) => t('profile.removeLanguage', i + 1),
  });

  const form = h('form', { class: 'resume-form', novalidate: true },
    field({ label: t('resume.title'), path: 'title', value: title, required: true, hint: t('resume.titleHint') }),
    section('personalInfo',
      h('div', { class: 'grid-2' },
        field({ label: t('resume.fullName'), path: 'personalInfo.fullName', value: p.fullName, required: true, autocomplete: 'name' }),
        field({ label: t('resume.email'), path: 'personalInfo.email', value: p.email, type: 'email', required: true }),
        field({ label: t('resume.phone'), path: 'personalInfo.phone', value: p.phone, type: 'tel' }),
        field({ label: t('resume.location'), path: 'personalInfo.location', value: p.location }),
        field({ label: t('resume.linkedin'), path: 'personalInfo.linkedin', value: p.linkedin, type: 'url' }),
        field({ label: t('resume.website'), path: 'personalInfo.website', value: p.website, type: 'url' }))),
    section('summary', field({ label: t('resume.summary'), path: 'summary', value: c.summary, rows: 4 })),
    section('experience', experience),
    section('education', education),
    section('skills', field({ label: t('resume.skills'), path: 'skills', value: (c.skills ?? []).join('\n'), rows: 6,
      hint: t('resume.onePerLine') })),
    section('certifications', certifications),
    section('languages', languages));

  markUncertain(form, uncertain);

  /** A field's name as the user sees it: "Experience, entry 2: Start (YYYY-MM)"; null when the form has no such field. */
  form.describe = (path) => {
    const wrapper = form.querySelector(`.field[data-path="${CSS.escape(path)}"]`);
    if (!wrapper) {
      return null;
    }
    const section = wrapper.closest('[data-section]')?.querySelector('h2')?.textContent;
    const entry = /\[(\d+)\]/.exec(path);
    const label = wrapper.querySelector('label').firstChild.textContent;
    return [section, entry ? t('resume.entry', Number(entry[1]) + 1) : null].filter(Boolean).join(', ') + (section ? ': ' : '') + label;
  };
  form.focusField = (path) => form.querySelector(`.field[data-path="${CSS.escape(path)}"]`)?.control.focus();

  form.read = () => {
    const value = (path) => valueOf(form, path);
    const certs = certifications.values();
    const langs = languages.values();
    return {
      title: value('title'),
      content: {
        personalInfo: {
          fullName: value('personalInfo.fullName'),
          email: value('personalInfo.email'),
          phone: orNull(value('personalInfo.phone')),
          location: orNull(value('personalInfo.location')),
          linkedin: orNull(value('personalInfo.linkedin')),
          website: orNull(value('personalInfo.website')),
        },
        summary: orNull(value('summary')),
        experience: experience.values(),
        education: education.values(),
        skills: lines(value('skills')),
        certifications: certs.length ? certs : null,
        languages: langs.length ? langs : null,
      },
    };
  };
  return form;
}

/** Highlights the fields the importer was unsure of, and puts its notes at their sections. */
function markUncertain(form, uncertain) {
  if (!uncertain) {
    return;
  }
  for (const path of uncertain.fields) {
    const wrapper = form.querySelector(`.field[data-path="${CSS.escape(path)}"]`);
    if (wrapper) {
      wrapper.classList.add('uncertain');
      const note = h('p', { class: 'uncertain-note', id: `${wrapper.control.id}-uncertain` }, t('resume.uncertainField'));
      wrapper.control.after(note);
      wrapper.control.setAttribute('aria-describedby', `${note.id} ${wrapper.control.getAttribute('aria-describedby')}`);
    }
  }
  for (const note of uncertain.notes) {
    const target = form.querySelector(`[data-section="${CSS.escape(note.section)}"]`);
    target?.querySelector('h2').after(h('p', { class: 'notice notice-warning' }, t('resume.uncertainNote', note.text)));
  }
}
