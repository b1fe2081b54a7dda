/**
 * Every question set in eval/ parses (a broken set fails CI, not the next eval run), names only
 * articles its corpus holds, and every expected pattern occurs in the articles it names.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { silentLogger } from '../../../src/log/logger.js';
import { REPO_ROOT, setFiles } from '../../../eval/run.js';
import { type EvalSet, loadSet, parseSet } from '../../../eval/set-schema.js';

const files = setFiles();

describe('eval/*.json', () => {
  it('has the seed set at least', () => {
    expect(files.map((f) => basename(f))).toContain('seeds.json');
  });

  for (const file of files) {
    describe(basename(file), () => {
      const parsed = loadSet(file);

      it('parses', () => {
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      });

      const set = parsed.ok ? parsed.set : null;
      const corpusDir = set ? resolve(REPO_ROOT, set.corpus) : '';
      it.skipIf(!set || !existsSync(corpusDir))(
        'names articles its corpus holds, and they hold every expected pattern',
        async () => {
          const { corpus } = await loadCorpus({ corpusDir, cacheDir: null, logger: silentLogger });
          const text = new Map(corpus.articles().map((a) => [a.id, `${a.title}\n${a.text}`]));
          const problems: string[] = [];
          for (const item of (set as EvalSet).items) {
            if (item.kind === 'unanswerable' || !item.articles) continue;
            const missing = item.articles.filter((id) => !text.has(id));
            if (missing.length) problems.push(`${item.id}: no article ${missing.join(', ')}`);
            const held = item.articles.map((id) => text.get(id) ?? '').join('\n');
            for (const p of item.expect)
              if (!new RegExp(p, 'i').test(held))
                problems.push(`${item.id}: /${p}/ is in none of its articles`);
          }
          expect(problems).toEqual([]);
        },
        60_000,
      );
    });
  }
});

describe('parseSet', () => {
  const good = {
    name: 'tiny',
    corpus: 'data/articles',
    items: [
      { id: 't-01', type: 'duration', question: 'How long?', expect: ['three|3'], articles: ['a'] },
      {
        id: 't-f01',
        type: 'followup',
        turns: [{ question: 'Who?' }, { question: 'and then?', answerType: 'other', expect: ['x'] }],
      },
      { id: 't-u01', type: 'unanswerable', question: 'What did nobody say?', topic: 'pakistan-russia' },
    ],
  };

  it('accepts the documented shapes', () => {
    const r = parseSet(good, 'tiny.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.set.topics).toBeNull();
    expect(r.set.items.map((i) => i.kind)).toEqual(['plain', 'followup', 'unanswerable']);
    const f = r.set.items[1]!;
    expect(f.kind === 'followup' && f.turns.map((t) => t.question)).toEqual(['Who?', 'and then?']);
  });

  const broken: [string, (set: typeof good) => unknown, RegExp][] = [
    [
      'an unknown answer type',
      (s) => ({ ...s, items: [{ ...s.items[0], type: 'colour' }] }),
      /item t-01 type/,
    ],
    [
      'a regex that does not compile',
      (s) => ({ ...s, items: [{ ...s.items[0], expect: ['(three'] }] }),
      /item t-01 expect\.0: not a valid regex/,
    ],
    [
      'a plain item without expect',
      (s) => ({ ...s, items: [{ ...s.items[0], expect: undefined }] }),
      /item t-01 expect/,
    ],
    [
      'a follow-up with one turn',
      (s) => ({ ...s, items: [{ ...s.items[1], turns: [{ question: 'Who?', expect: ['x'] }] }] }),
      /item t-f01 turns: a follow-up needs at least 2 turns/,
    ],
    [
      'a follow-up whose last turn has no expect',
      (s) => ({ ...s, items: [{ ...s.items[1], turns: [{ question: 'a' }, { question: 'b' }] }] }),
      /item t-f01 turns\.1 expect/,
    ],
    [
      'an unknown field (a typo)',
      (s) => ({ ...s, items: [{ ...s.items[0], expects: ['x'] }] }),
      /item t-01: .*expects/,
    ],
    ['a duplicate id', (s) => ({ ...s, items: [s.items[0], s.items[0]] }), /item t-01: duplicate id/],
    [
      'an empty question',
      (s) => ({ ...s, items: [{ ...s.items[2], question: '  ' }] }),
      /item t-u01 question/,
    ],
    ['a missing corpus', (s) => ({ ...s, corpus: undefined }), /tiny\.json corpus/],
  ];
  for (const [what, make, message] of broken)
    it(`rejects ${what}, naming the item`, () => {
      const r = parseSet(make(good), 'tiny.json');
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.problems.join('\n')).toMatch(message);
    });
});
