/**
 * Words that come with a person's name without being part of it, shared by the name recogniser
 * (person-names.ts: where a name starts, which office its holder has) and answer spans (answer-spans.ts:
 * a span that is only a title or a role is no answer). Each adds the words its own job needs.
 */

/** Honorifics, ranks and offices written before a name: "Mr", "Gen", "President". */
export const NAME_TITLES: readonly string[] =
  'mr mrs ms dr sir lord gen general col capt president premier minister chancellor secretary chief judge prince king queen senator governor mayor'.split(
    ' ',
  );

/** Words of an office's name, capitalised in titles: "Chief of General Staff", "Foreign Minister". */
export const ROLE_WORDS: readonly string[] =
  'staff air marshal army navy forces armed defence defense foreign interior finance prime deputy vice commander spokesman ambassador of the'.split(
    ' ',
  );
