// The forms both engines are measured on, generated alike: `pages` pages of `perPage` required
// questions of eight mixed kinds, as a Blankett schema and as a SurveyJS JSON.

const KINDS = ['short_text', 'email', 'number', 'date', 'single_choice', 'yes_no', 'long_text', 'dropdown'];
const OPTIONS = ['First choice', 'Second choice', 'Third choice'];

function questions(page, perPage) {
  return Array.from({ length: perPage }, (_, i) => ({ id: `p${page}_q${i}`, kind: KINDS[i % KINDS.length], label: `Question ${i + 1} of page ${page + 1}` }));
}

export function blankett(id, pages, perPage) {
  return {
    id,
    title: { en: `Benchmark ${pages}×${perPage}` },
    kind: 'other',
    languages: ['en'],
    pages: Array.from({ length: pages }, (_, page) => ({
      id: `page${page}`,
      title: { en: `Page ${page + 1}` },
      questions: questions(page, perPage).map(({ id, kind, label }) => ({
        id,
        type: kind,
        label: { en: label },
        required: true,
        ...(kind === 'single_choice' || kind === 'dropdown' ? { options: OPTIONS.map((o, n) => ({ value: `o${n}`, label: { en: o } })) } : {}),
      })),
    })),
  };
}

export function surveyjs(pages, perPage, textUpdateMode = 'onBlur') {
  const element = ({ id, kind, label }) => {
    const common = { name: id, title: label, isRequired: true };
    switch (kind) {
      case 'email': return { ...common, type: 'text', inputType: 'email' };
      case 'number': return { ...common, type: 'text', inputType: 'number' };
      case 'date': return { ...common, type: 'text', inputType: 'date' };
      case 'single_choice': return { ...common, type: 'radiogroup', choices: OPTIONS };
      case 'yes_no': return { ...common, type: 'boolean' };
      case 'long_text': return { ...common, type: 'comment' };
      case 'dropdown': return { ...common, type: 'dropdown', choices: OPTIONS };
      default: return { ...common, type: 'text' };
    }
  };
  return {
    textUpdateMode,
    checkErrorsMode: 'onNextPage',
    pages: Array.from({ length: pages }, (_, page) => ({ name: `page${page}`, title: `Page ${page + 1}`, elements: questions(page, perPage).map(element) })),
  };
}
