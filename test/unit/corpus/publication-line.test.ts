import { describe, expect, it } from 'vitest';
import { publicationLine } from '../../../src/corpus/publication-line.js';

describe('publication lines', () => {
  it('reads a "Published in" line: publisher, day and the words answers quote', () => {
    expect(publicationLine(['Body.', 'Published in The Express Tribune, October 2nd, 2012.'])).toEqual({
      publisher: 'The Express Tribune',
      date: '2012-10-02',
      basis: 'Published in The Express Tribune, October 2nd, 2012',
    });
  });

  it('finds byline dates and datelines, but only a "Published in" line when asked for one', () => {
    const dateline = ['LISBON, March 8, 2019 — The minister said the talks would go on for a week.'];
    expect(publicationLine(dateline)).toEqual({ date: '2019-03-08', basis: 'LISBON, March 8, 2019' });
    expect(publicationLine(dateline, true)).toBeNull();
    expect(publicationLine(['Posted on 3 May 2021 by staff'])).toMatchObject({ date: '2021-05-03' });
  });

  it('keeps a "Published in" line whose day is not real as its publisher alone, and reads its month in any case', () => {
    expect(publicationLine(['Published in Dawn, February 30, 2024.'], true)).toMatchObject({
      publisher: 'Dawn',
      date: null,
    });
    expect(publicationLine(['Published in Dawn, February 30, 2024.'])).toBeNull();
    expect(publicationLine(['Published in Dawn, OCTOBER 2, 2012.'], true)).toMatchObject({
      date: '2012-10-02',
    });
  });
});
