/**
 * The fixed word lists the benchmark's synthetic transcripts are drawn from: plausible English
 * of the kind carers and health and social care staff use in focus groups, written for the
 * benchmark (no real participant's words). Changing a list changes every generated project, so
 * bump GENERATOR_VERSION in generate.ts with it.
 */

/** Everyday words, weighted by repetition: common words appear several times. */
export const WORDS: readonly string[] = [
  'the', 'the', 'the', 'the', 'and', 'and', 'and', 'to', 'to', 'to', 'of', 'of', 'a', 'a', 'a', 'in', 'in',
  'it', 'it', 'is', 'is', 'was', 'was', 'that', 'that', 'for', 'for', 'you', 'you', 'I', 'I', 'I', 'we', 'we',
  'my', 'my', 'her', 'his', 'they', 'they', 'with', 'with', 'on', 'on', 'at', 'but', 'but', 'so', 'so', 'just',
  'really', 'because', 'when', 'then', 'there', 'what', 'about', 'from', 'all', 'have', 'had', 'has', 'not',
  "don't", "it's", "I'm", "couldn't", "wasn't", "you're", "we've", "didn't", 'be', 'been', 'would', 'could',
  'should', 'know', 'think', 'feel', 'felt', 'said', 'say', 'get', 'got', 'go', 'went', 'come', 'came', 'see',
  'time', 'day', 'days', 'week', 'night', 'morning', 'year', 'years', 'home', 'house', 'family', 'mum', 'dad',
  'husband', 'wife', 'daughter', 'son', 'sister', 'brother', 'friend', 'neighbour', 'carer', 'carers', 'caring',
  'care', 'support', 'supported', 'service', 'services', 'respite', 'appointment', 'appointments', 'hospital',
  'ward', 'discharge', 'nurse', 'district', 'surgery', 'practice', 'doctor', 'consultant', 'pharmacy',
  'medication', 'prescription', 'package', 'assessment', 'review', 'referral', 'waiting', 'list', 'letter',
  'phone', 'call', 'called', 'number', 'form', 'forms', 'council', 'team', 'social', 'worker', 'manager',
  'agency', 'staff', 'shift', 'visit', 'visits', 'money', 'allowance', 'benefit', 'budget', 'funding', 'cost',
  'tired', 'exhausted', 'worried', 'anxious', 'lonely', 'isolated', 'grateful', 'angry', 'frustrated', 'calm',
  'difficult', 'hard', 'easier', 'better', 'worse', 'different', 'same', 'new', 'old', 'long', 'short',
  'little', 'big', 'whole', 'every', 'never', 'always', 'sometimes', 'often', 'again', 'still', 'already',
  'nobody', 'somebody', 'everyone', 'nothing', 'something', 'anything', 'enough', 'more', 'less', 'much',
  'night', 'weekend', 'holiday', 'kitchen', 'stairs', 'bathroom', 'garden', 'car', 'bus', 'parking', 'shop',
  'dinner', 'breakfast', 'sleep', 'rest', 'break', 'walk', 'talk', 'listen', 'listened', 'explain', 'explained',
  'understand', 'understood', 'ask', 'asked', 'tell', 'told', 'help', 'helped', 'manage', 'managed', 'cope',
  'coping', 'plan', 'planning', 'change', 'changed', 'start', 'started', 'stop', 'stopped', 'wait', 'waited',
  'need', 'needed', 'needs', 'want', 'wanted', 'try', 'tried', 'find', 'found', 'lose', 'lost', 'keep', 'kept',
  'information', 'advice', 'leaflet', 'website', 'group', 'meeting', 'training', 'guidance', 'record', 'notes',
  'system', 'systems', 'joined', 'together', 'across', 'between', 'without', 'before', 'after', 'during',
  'dementia', 'stroke', 'memory', 'falls', 'mobility', 'hoist', 'wheelchair', 'equipment', 'adaptation',
  'confidence', 'trust', 'respect', 'dignity', 'choice', 'control', 'voice', 'rights', 'recognition',
  'continuity', 'consistency', 'communication', 'coordination', 'responsibility', 'boundaries', 'guilt',
  'relief', 'routine', 'crisis', 'emergency', 'weekend', 'evening', 'overnight', 'quickly', 'slowly',
  'honestly', 'actually', 'basically', 'probably', 'certainly', 'eventually', 'finally', 'suddenly',
];

/** Words that open a sentence now and then, to vary the rhythm of speech. */
export const OPENERS: readonly string[] = [
  'Well,', 'So', 'And', 'But', 'I mean,', 'Honestly,', 'Yes,', 'No,', 'Sometimes', 'Actually,', 'For me,',
  'The thing is,', 'To be fair,', 'Mostly', 'Then',
];

/** The facilitator's prompts, reused across sources. */
export const PROMPTS: readonly string[] = [
  'Can you tell us a bit more about that?', 'How did that feel at the time?', 'Does anyone else recognise that?',
  'What would have helped?', 'Who did you turn to first?', 'How long did that take?',
  'What happened after the discharge?', 'Is that the same for everyone here?', 'What does a good day look like?',
  'How do you find out what is available?',
];

/** Top of the code tree, with the two perspectives every theme is seen from. */
export const THEMES: readonly string[] = [
  'Living with caring', 'Working across services', 'Finding and sharing information', 'Sustaining care over time',
];
export const PERSPECTIVES: readonly string[] = ['Carers', 'HSC professionals'];

/** Words code names are built from ("Waiting for respite", "Trust in the team"). */
export const CODE_HEADS: readonly string[] = [
  'Waiting for', 'Trust in', 'Juggling', 'Explaining', 'Losing', 'Asking for', 'Planning', 'Recognising',
  'Negotiating', 'Coping with', 'Sharing', 'Chasing', 'Balancing', 'Protecting', 'Questioning',
];
export const CODE_TOPICS: readonly string[] = [
  'respite', 'the care package', 'appointments', 'medication', 'the discharge', 'money', 'sleep', 'the team',
  'information', 'equipment', 'the assessment', 'boundaries', 'routine', 'the GP', 'family', 'the ward',
  'night care', 'training', 'records', 'choice',
];

export const COLOURS: readonly string[] = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
];

export const ORGANISATION_CATEGORIES: readonly string[] = [
  'NHS trust', 'Local authority', 'Voluntary sector', 'Care home', 'Primary care', 'Not applicable',
];
