// The SurveyJS peer of Digitrappen's questionnaire, for scripts/bench: the same profile
// and questions (generated from content/ by model.mjs and bundled in as
// 'digitrappen:survey'), one question a page, progress kept in local storage after every
// change and restored on load, and a thank-you page at the end.
import { Model } from 'survey-core';
import 'survey-core/i18n/danish';
import { renderSurvey } from 'survey-js-ui';
import json from 'digitrappen:survey';

const KEY = 'digitrappen-bench.surveyjs.v1';

const survey = new Model(json);
try {
  const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  if (saved && typeof saved === 'object') {
    survey.data = saved.data ?? {};
    if (Number.isInteger(saved.page)) survey.currentPageNo = saved.page;
  }
} catch {
  // Unreadable progress: start afresh.
}

const save = () => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ data: survey.data, page: survey.currentPageNo }));
  } catch {
    // Storage full or refused: the survey still works, unsaved.
  }
};
survey.onValueChanged.add(save);
survey.onCurrentPageChanged.add(save);
survey.onComplete.add(save);

renderSurvey(survey, document.getElementById('survey'));
