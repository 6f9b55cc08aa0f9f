/** Grounded suggestions from a local model: its settings, the job, and what was not grounded. */
export const modelEn = {
  open: 'Model…',
  title: 'Suggest with a local model',
  progress: 'Asking the model {{done}} / {{total}}',
  settings: {
    title: 'Model settings',
    endpoint: 'Endpoint (OpenAI-compatible)',
    endpointHint: 'e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 (llama.cpp)',
    model: 'Model name',
    timeout: 'Time per article (seconds)',
    allowRemote: 'Allow a host that is not this machine',
    allowRemoteHint:
      'Off: articles are only sent to this computer (localhost, 127.x, ::1). On: they may leave it.',
    save: 'Save settings',
    saved: 'Settings saved.',
  },
  scope: {
    label: 'Articles',
    article: 'This article',
    listed: 'Articles listed ({{count}})',
    all: 'All articles',
  },
  start: 'Suggest',
  explain:
    'Sends each article and the fields to the model and asks for values with the exact words they come from. Only values whose words are found in the article are suggested; answers are kept, so asking again costs nothing.',
  report: {
    title: 'Model suggestions',
    summary:
      'Articles: {{articles}} · suggestions: {{suggestions}} · not found in the text: {{ungrounded}} · asked: {{asked}} · earlier answers: {{cached}}',
    heldBack: 'Left out because a curator decided them already, or they are there: {{heldBack}}.',
    locked: "Articles left alone (submitted, approved, or another curator's): {{locked}}.",
    cancelled: 'Stopped: the articles done so far keep their suggestions.',
    failures: 'Not done:',
  },
  ungrounded: {
    title: 'Not found in the text',
    badge: 'not in text',
    hint: 'The model said these, but their words are not in the article: no highlight, never exported. Select the words yourself to add a value.',
    reasons: {
      'not-found': 'quote not in the article',
      'empty-quote': 'no quote given',
      'unknown-field': 'no such field',
      'invalid-value': 'not a value of this field',
    },
  },
};
