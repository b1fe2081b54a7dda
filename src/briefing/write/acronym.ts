/**
 * What an acronym stands for, as an article spells it out: "NS" is the "North-South" of "the
 * North-South gas pipeline project", "Wada" the "World Anti-Doping Agency". News writes an
 * acronym's words out once, capitalised, often hyphen-joined, and uses the letters after that.
 */
import { escapeRegExp } from '../analysis/patterns.js';

/** Small words an expansion may hold that give it no letter ("Secretary of State", "Food and Drug"). */
const CONNECTORS = '(?:(?:of|and|for|the|on|in|de|du|des|la|le|&)\\s+)*';

/** How many characters after an expansion the question's noun may come ("… gas pipeline project"). */
const HEAD_REACH = 40;

export interface Expansion {
  /** The words the letters stand for, through the question's noun when it asked one ("North-South gas pipeline project"). */
  text: string;
  index: number;
}

/**
 * The first spelling-out of `acronym` (2–6 capital letters, or a capital and lower-case letters) in `text`. With `head` (the noun after
 * the acronym in the question: "project" of "the IP project") the expansion must come before that
 * noun; without, it must be bracketed with its letters ("World Anti-Doping Agency (Wada)") or be of
 * three letters at least: two capitals in a row ("In Ruritania") are too common to mean anything.
 */
export function expansionOf(acronym: string, text: string, head: string | null): Expansion | null {
  // "Wada" as well as "WADA": a name written in lower case after its capital must be bracketed.
  const capitals = /^[A-Z]{2,6}$/.test(acronym);
  if (!capitals && !/^[A-Z][a-z]{1,5}$/.test(acronym)) return null;
  const words = [...acronym.toUpperCase()].map((letter) => `${letter}\\p{Ll}+`);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join(`(?:[\\s-]+${CONNECTORS})`)}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    if (head) {
      const noun = new RegExp(`^[^.;:()]{0,${HEAD_REACH}}?\\b${escapeRegExp(head)}`, 'iu').exec(after);
      if (noun) return { text: text.slice(m.index, end + noun[0].length), index: m.index };
      continue;
    }
    if (
      new RegExp(`^\\s*\\(${escapeRegExp(acronym)}\\)`, 'i').test(after) ||
      (capitals && acronym.length >= 3)
    )
      return { text: m[0], index: m.index };
  }
  return null;
}
