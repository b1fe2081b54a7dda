import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { NameBook } from '../../../src/briefing/analysis/person-names.js';
import { article, sentenceWith } from '../../fixtures/timeline/build.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

describe('people across spellings, titles and descriptors (seed corpus)', () => {
  let bot: Briefbot;
  let book: NameBook;
  const id = (prefix: string) => bot.corpus.articles().find((a) => a.id.startsWith(prefix))!;
  const peopleIn = (prefix: string, text: string) => {
    const a = id(prefix);
    return book.peopleIn(a.id, sentenceWith(a, text)).map((p) => p.name);
  };
  beforeAll(async () => {
    bot = await openSeedBot();
    book = NameBook.build(bot.corpus.articles());
  });
  afterAll(() => bot.close());

  it('knows Gen Ashfaq Parvez Kayani, General Ashfaq Pervez Kiani and Gen Kayani as one person', () => {
    const kayani = book.find('Ashfaq Pervez Kiani');
    expect(kayani?.name).toBe('Ashfaq Parvez Kayani');
    expect(kayani?.short).toBe('Kayani');
    expect(kayani?.variants).toEqual(expect.arrayContaining(['Ashfaq Pervez Kiani', 'Ashfaq Kayani']));
    expect(peopleIn('003', 'General Ashfaq Pervez Kiani flew')).toContain('Ashfaq Parvez Kayani');
    expect(peopleIn('001', 'But now Mr Kayani')).toEqual(['Ashfaq Parvez Kayani']);
  });

  it('reads "the army chief" as Kayani only where the article made him the army chief', () => {
    expect(peopleIn('001', 'a close aide to the army chief')).toEqual(['Ashfaq Parvez Kayani']);
    // In the 2021 article the army chief is Gen. Qamar Bajwa, a different Bajwa from Maj Gen Asim Bajwa.
    expect(peopleIn('004', 'Lavrov also called on')).toEqual(['Sergey Lavrov', 'Qamar Bajwa']);
    expect(peopleIn('000', 'Maj Gen Asim Bajwa')).toContain('Asim Bajwa');
    expect(book.find('Qamar Bajwa')).not.toBe(book.find('Asim Bajwa'));
  });

  it('keeps Sergey/Sergei Lavrov together, and a bare "Khan" of 2021 apart from Moazzam Khan', () => {
    expect(book.find('Sergei Viktorovich Lavrov')?.name).toBe('Sergey Lavrov');
    expect(peopleIn('002', "Sergei Lavrov's arrival")).toContain('Sergey Lavrov');
    expect(peopleIn('004', 'Khan appreciated')).toEqual([]);
    expect(peopleIn('000', 'Moazzam Khan said')).toEqual(['Moazzam Ali Khan']);
  });

  it('lists canonical names with their variants in a brief, and names Kayani one way in its flags', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    const kayani = answer.names?.find((n) => n.name === 'Ashfaq Parvez Kayani');
    expect(kayani?.variants).toContain('Ashfaq Pervez Kiani');
    for (const flag of answer.flags ?? []) expect(flag.text).not.toMatch(/Kiani|Gen |General /);
    expect((answer.flags ?? []).some((f) => f.subject?.startsWith("Kayani's"))).toBe(true);
  });
});

describe('people in a small synthetic corpus', () => {
  const a = article({
    id: 'a',
    body: [
      'Defence Minister Marek Novak will visit Lisbon next week, the ministry said on Monday.',
      'Mr Novak is expected to meet President Ana Pereira and the defence minister of Spain.',
    ],
  });
  const b = article({
    id: 'b',
    body: [
      'Marek Nowak, the defence minister, arrived in Lisbon and met President Pereira at the palace.',
      'Novak said the talks were useful, the defence minister told reporters later.',
    ],
  });
  const book = NameBook.build([a, b]);

  it('merges spelling variants and titled surnames, with the commonest spelling as the name', () => {
    const novak = book.find('Marek Nowak')!;
    expect(novak.name).toBe('Marek Novak');
    expect(book.peopleIn('b', 0).map((p) => p.name)).toEqual(['Marek Novak', 'Ana Pereira']);
    expect(book.peopleIn('a', 1).map((p) => p.name)).toEqual(['Marek Novak', 'Ana Pereira']);
  });

  it('finds where a person is named in a sentence', () => {
    const novak = book.find('Marek Novak')!;
    const text = b.sentences[0]!.text;
    // By his name and by the office this article gave him.
    expect(book.positionsIn(text, novak)).toEqual([
      text.indexOf('Nowak'),
      text.indexOf('the defence minister'),
    ]);
  });

  it('does not make two people out of one, nor one out of two with the same surname', () => {
    const c = article({
      id: 'c',
      body: [
        'President Ana Pereira met Prime Minister Rui Pereira in Lisbon on the port deal and the railway.',
      ],
    });
    const two = NameBook.build([c]);
    expect(
      two
        .all()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Ana Pereira', 'Rui Pereira']);
  });
});
