// The SurveyJS peer's questionnaire, generated from Digitrappen's own content: the model
// (content/model.json: the profile's choices, the questions in order, their scales and
// which of "not relevant" / "don't know" each offers) and the Danish texts
// (content/i18n/da.json), read the way the app reads them (engine/src/model.rs,
// engine/src/text.rs: a question's own option text first, else its scale's). Nothing is
// copied by hand, so the peer asks exactly what the app asks.
//
//   node bench/surveyjs/model.mjs > survey.json    # prints the SurveyJS JSON

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The SurveyJS JSON: the profile's three drop-downs on one page, then one question a page. */
export function surveyJson(root = ROOT) {
  const model = JSON.parse(fs.readFileSync(path.join(root, 'content/model.json'), 'utf8'));
  const { texts } = JSON.parse(fs.readFileSync(path.join(root, 'content/i18n/da.json'), 'utf8'));
  const t = (key) => {
    if (typeof texts[key] !== 'string') throw new Error(`no Danish text ${key}`);
    return texts[key];
  };
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  const optionLabel = (q, value) => texts[`question.${q.id}.option.${value}`] ?? t(`scale.${q.scale}.${value}`);

  const dropdown = (name, title, choices, description) => ({
    type: 'dropdown', name, title, description, isRequired: true,
    // A native <select>, as the app's profile uses.
    renderAs: 'select', placeholder: t('ui.profile_choose'), choices,
  });
  const profile = {
    name: 'profile',
    title: t('ui.profile_heading'),
    description: t('ui.profile_intro'),
    elements: [
      dropdown('industry', t('ui.profile_industry'),
        model.profile.industries.map((id) => ({ value: id, text: t(`industry.${id}`) }))),
      dropdown('size', t('ui.profile_size'),
        model.profile.sizes.map((id) => ({ value: id, text: t(`size.${id}`) }))),
      dropdown('ambition', t('ui.profile_ambition'),
        model.steps.map((s) => ({ value: String(s.id), text: fill(t('ui.ambition_option'), { step: s.id, name: t(`step.${s.id}.name`) }) })),
        t('ui.profile_ambition_help')),
    ],
  };

  const scales = new Map(model.scales.map((s) => [s.id, s]));
  const dimensions = model.dimensions.map((d) => d.id);
  const questions = model.questions.map((q, index) => {
    const scale = scales.get(q.scale);
    if (!scale) throw new Error(`question ${q.id}: no scale ${q.scale}`);
    const choices = scale.options.map((o) => ({ value: String(o.value), text: optionLabel(q, o.value) }));
    if (q.not_relevant) choices.push({ value: 'na', text: t('ui.answer_not_relevant') });
    if (q.dont_know) choices.push({ value: 'unknown', text: t('ui.answer_dont_know') });
    // The app says the rule for choosing with the first question only.
    const help = index === 0 ? `${t(`question.${q.id}.help`)}\n${t('ui.answer_rule')}` : t(`question.${q.id}.help`);
    const part = fill(t('ui.part_progress'), {
      n: dimensions.indexOf(q.dimension) + 1, total: dimensions.length, dimension: t(`dimension.${q.dimension}.name`),
    });
    return {
      name: `q${index + 1}`,
      title: part,
      elements: [{ type: 'radiogroup', name: q.id, title: t(`question.${q.id}.text`), description: help, isRequired: true, choices }],
    };
  });

  return {
    locale: 'da',
    title: t('ui.app_title'),
    description: t('ui.app_tagline'),
    showQuestionNumbers: 'off',
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'pages',
    pages: [profile, ...questions],
    completedHtml: '<h2>Tak!</h2><p>Tak for jeres svar. De er gemt i denne browser.</p>',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(surveyJson(), null, 2)}\n`);
}
