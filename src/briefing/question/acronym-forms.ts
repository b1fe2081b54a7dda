/**
 * The acronym a question's spelled-out phrase is written as: "memorandums of understanding" is
 * "MoUs" in an article that uses the letters after spelling them out once, or never spells them.
 * News keeps the small "o" of "of" in such letters ("MoU", "DoS"), and an "s" for the plural.
 */

/** A lower-case "noun of noun": "memorandums of understanding", "denial of service". */
const OF_PHRASE = /(?<![\p{L}\p{N}])(\p{Ll}{4,})\s+of\s+(?:the\s+)?(\p{Ll}{4,})(?![\p{L}\p{N}])/gu;

export interface AcronymForm {
  /** The letters: "MoUs". */
  form: string;
  /** The words they stand for, without the "of": ["memorandums", "understanding"]. */
  words: string[];
  /** The letters as written, in their capitals ("MoU", "MoUs"): "sop" is a word, "SoP" is not. */
  written: RegExp;
}

/**
 * The acronyms of the question's "noun of noun" phrases that `known` (the corpus, say) writes:
 * "MoUs" for "memorandums of understanding", "MoU" for "memorandum of understanding".
 */
export function acronymForms(text: string, known: (word: string, written: RegExp) => boolean): AcronymForm[] {
  const out: AcronymForm[] = [];
  for (const m of text.matchAll(OF_PHRASE)) {
    const [head, tail] = [m[1]!, m[2]!];
    const letters = `${head[0]!.toUpperCase()}o${tail[0]!.toUpperCase()}`;
    const form = /[^s]s$/.test(head) ? `${letters}s` : letters;
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${letters}s?(?![\\p{L}\\p{N}])`, 'u');
    if (known(form, written)) out.push({ form, words: [head, tail], written });
  }
  return out;
}
