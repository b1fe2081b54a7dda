/**
 * Who a sentence quotes and whom it is told to. News names the source of its words beside a verb
 * of saying ("Chief executive Bill Gammell said", '"…," said Jose Mourinho', "Contrack's withdrawal
 * …, Lt Col Eric Schnaible of the PCO told the Associated Press"): those names are who speaks or
 * listens, not who did what a question asks — unless the question asks for words.
 */
import type { AnswerSpan } from './answer-spans.js';

/** Verbs of saying written beside the speaker's name. */
const SAY = '(?:said|says|told|tells|added|adds|insisted|insists|explained|stressed|commented|noted|wrote)';

/**
 * After the speaker: an aside between commas ("Bill Gammell, the chief executive, said"), or the
 * body he speaks for ("Eric Schnaible of the PCO told"), then the verb.
 */
const SPEAKER_AFTER = new RegExp(
  `^(?:,\\s[^,"“”]{1,60},|\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L}&'’-]*(?:\\s+[A-Z][\\p{L}&'’-]*)*|\\s+(?:officials?|spokes(?:man|woman|person)|sources?|executives?|head\\s+of\\s+[a-z]+))?\\s+(?:also\\s+|has\\s+|have\\s+|had\\s+)?${SAY}\\b`,
  'u',
);

/**
 * Before the speaker: a quote's close or a comma, the verb, then at most a few words of his office
 * ('," said GM chief executive Rick Wagoner'); or "told" right before whom it was told to.
 */
const SPEAKER_BEFORE = new RegExp(
  `[,"”]\\s*${SAY}\\s+(?:(?:the|its|his|her|their|[A-Z][\\p{L}'’.-]*|[a-z-]+)\\s+){0,5}$`,
  'u',
);

/** "told the Associated Press", "told BBC News": whom the words were told to. */
const TOLD = /\b(?:told|tells|telling)\s+(?:the\s+)?$/;

/** Words that end an office before a name: a verb or a preposition is past it. */
const NOT_OFFICE =
  /\s(?:it|he|she|they|we|that|had|has|have|was|were|is|would|will|could|to|of|about|on|for|with|by|from)\s/;

/** Whether the span names who the sentence quotes ('speaker') or whom it tells ('listener'), or neither. */
export function speechRole(quote: string, span: AnswerSpan): 'speaker' | 'listener' | null {
  if (SPEAKER_AFTER.test(quote.slice(span.index + span.text.length))) return 'speaker';
  const before = quote.slice(Math.max(0, span.index - 80), span.index);
  if (TOLD.test(before)) return 'listener';
  const m = SPEAKER_BEFORE.exec(before);
  return m !== null && !NOT_OFFICE.test(` ${m[0].replace(/^[,"”]\s*/, '')}`) ? 'speaker' : null;
}

/** Questions that ask for words, or for who spoke: the speaker may answer them. */
const ASKS_SPEAKER =
  /\b(?:say|said|tell|tells|told|speak|spoke|spoken|spokes\w*|talk\w*|warn\w*|claim\w*|argu\w*|insist\w*|admit\w*|criticis\w*|criticiz\w*|describ\w*|call\w*|predict\w*|accus\w*|den(?:y|ies|ied)|confirm\w*|announc\w*|reveal\w*|urg\w*|believ\w*|think|thinks|thought|suggest\w*|prais\w*|blam\w*|dismiss\w*|defend\w*|comment\w*|explain\w*|express\w*|quot\w*)\b/i;
/** Questions that ask whom words were given to: "which paper did the aide tell?", "told whom?". */
const ASKS_LISTENER =
  /\b(?:tell|tells|told|give|gave|given|paper|newspaper|outlet|agency|magazine|broadcaster|channel|station|radio|interview\w*|reporters?|journalists?|whom)\b/i;

/**
 * "Who is the governor …?", "who runs exploration at Cairn?", "which analyst reckons …?": a question
 * in the present or asking who someone is asks who holds a role, and holders of roles are quoted in
 * their role; one in the past or perfect ("who put Liverpool ahead?") asks who did something.
 */
function asksHolder(question: string): boolean {
  const words = question.toLowerCase().match(/[a-z'’-]+/g) ?? [];
  const wh = words.findIndex((w) => /^(?:who|who['’]s|which|what)$/.test(w));
  if (wh < 0) return false;
  if (words[wh]!.startsWith('who') && words[wh]!.length > 3) return true;
  return words
    .slice(wh + 1, wh + 5)
    .some(
      (w) =>
        /^(?:is|are|was|were)$/.test(w) || (/^[a-z]{2,}[^su'’]s$/.test(w) && !/^(?:has|does|was)$/.test(w)),
    );
}

/** Whether a name in this speech role may answer the question. */
export function speechAnswers(question: string, role: 'speaker' | 'listener'): boolean {
  return role === 'speaker'
    ? ASKS_SPEAKER.test(question) || asksHolder(question)
    : ASKS_LISTENER.test(question);
}

/** "Which paper …?", "which news agency …?": the question asks for an outlet, which news names as told. */
export function asksOutlet(question: string): boolean {
  return /^\W*(?:which|what)\s+(?:[a-z-]+\s+){0,2}(?:paper|newspaper|agency|broadcaster|channel|station|magazine|outlet|network)s?\b/i.test(
    question,
  );
}
