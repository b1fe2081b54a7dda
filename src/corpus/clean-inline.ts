/**
 * Furniture inside a paragraph: an article that arrives as one long line (scraped datasets, JSON
 * exports) or as long paragraphs gives the line-shape rules nothing to hold on to, so photo
 * credits and captions, sign-up prompts and their form messages, and gallery labels are found by
 * what they are and cut at sentence boundaries (or where a caption ends, at its credit), so every
 * sentence that stays is the article's own, character for character.
 */
import { isPromptSentence } from './clean-furniture.js';
import { splitSentences } from './segment.js';

/**
 * Where a credit or caption begins: "Image copyright …", "Media caption …", "Photo: …", "Image
 * source, …", a stock-photo credit standing by itself ("Getty Images" not followed by the rest of
 * a sentence about the agency), and gallery controls ("Show caption"). Credits are
 * capitalised: matching case keeps prose such as "a video source, such as TVs".
 */
const CREDIT_START =
  /\b(?:(?:Image|Photo|Picture|Media|Video|Graphic|IMAGE|PHOTO|PICTURE|MEDIA|VIDEO)\s+(?:copyright|caption|credit|COPYRIGHT|CAPTION|CREDIT)s?\b|(?:Image|Photo|Picture|Video)\s+source\s*[,:]\s*\p{Lu}|(?:Photograph|Photo|Picture|Image|PHOTO|PICTURE|IMAGE)s?\s*(?:[Cc]redit)?\s*:|Getty Images(?![,']|\s+\p{Ll})|(?:[Ss]how|[Hh]ide|[Tt]oggle) caption\b|[Cc]lick to (?:enlarge|expand)\b|[Ee]nlarge this image\b)/u;

/**
 * Where furniture ends, with what came before it in its sentence: a credit closing a caption
 * ("… in size (Image: GETTY)"), a gallery label ("Image 3 of 12") and the messages of a scraped
 * sign-up form ("Could not subscribe, try again later Invalid Email"), after which the article
 * goes on.
 */
const FURNITURE_END =
  /\((?:image|photo|picture|pic|credit|source|video)s?(?:\s+credit)?\s*:[^()]{1,60}\)|\b(?:image|photo|picture|slide)\s+\d+\s+(?:of|\/)\s+\d+\b|could not subscribe(?:,? try again later)?|invalid e-?mail(?: address)?|please (?:enter|provide) a valid e-?mail(?: address)?/giu;

/** Sentences of a sign-up form that end in a full stop of their own. */
const FORM_SENTENCE = /\b(?:see our privacy (?:notice|policy)|we(?:'ll| will) use your e-?mail)\b/i;

/** Paragraphs with none of these words need no closer look (most paragraphs). */
const TRIGGER =
  /image|photo|picture|media|video|graphic|getty|slide|caption|enlarge|subscri|newsletter|e-?mail|sign up|privacy|follow us|inbox|download our/i;

/** A sentence that opens as a prompt does ("Subscribe …", "Sign up …"; see isPromptSentence). */
const PROMPT_OPENING =
  /(?:^|[.!?]["')\]]?\s)\(?\s*(?:[Ss]ubscribe|[Ss]ign|[Ff]ollow|[Ss]tay|[Dd]ownload|[Gg]et|[Jj]oin|[Cc]lick|[Tt]ap|[Rr]egister|[Bb]ecome|[Ss]upport|[Dd]on't miss|[Nn]ever miss|SUBSCRIBE|SIGN)\b/;

/** True when the paragraph may hold furniture: the costlier sentence-by-sentence look is due. */
function mayHoldFurniture(p: string): boolean {
  if (!TRIGGER.test(p)) return false;
  const found =
    CREDIT_START.test(p) || FURNITURE_END.test(p) || FORM_SENTENCE.test(p) || PROMPT_OPENING.test(p);
  FURNITURE_END.lastIndex = 0;
  return found;
}

/** The paragraph with inline furniture cut; a cut inside a sentence ends a paragraph there. */
export function cutInlineFurniture(paragraph: string): string[] {
  if (!mayHoldFurniture(paragraph)) return [paragraph];
  const pieces: string[] = [];
  let kept: string[] = [];
  let changed = false;
  const flush = () => {
    if (kept.length > 0) pieces.push(kept.join(' '));
    kept = [];
  };
  for (const sentence of splitSentences(paragraph)) {
    if (isPromptSentence(sentence) || FORM_SENTENCE.test(sentence)) {
      changed = true;
      continue;
    }
    let rest = sentence;
    // Up to the last end of furniture in the sentence, everything goes; the rest starts afresh.
    let end = -1;
    FURNITURE_END.lastIndex = 0;
    for (let m = FURNITURE_END.exec(rest); m !== null; m = FURNITURE_END.exec(rest))
      end = m.index + m[0].length;
    if (end >= 0) {
      rest = rest.slice(end).trim();
      if (!/\p{L}/u.test(rest)) rest = '';
      changed = true;
      flush();
    }
    const start = CREDIT_START.exec(rest);
    if (start !== null) {
      // From the credit or caption to the end of its sentence; what came before stands alone.
      const before = rest.slice(0, start.index).trim();
      if (before !== '') kept.push(before);
      flush();
      changed = true;
      continue;
    }
    if (rest !== '') kept.push(rest);
  }
  flush();
  return changed ? pieces : [paragraph];
}
