/**
 * The cleaner never throws away a body that extraction found (issue 16): a "Published" line under
 * the lead does not start a story list, and lists, tables and structured documents are content.
 */
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../../src/corpus/clean.js';

describe('a date line under the lead', () => {
  it('does not cut the article that follows it', () => {
    const body = [
      'Express. Home of the Daily and Sunday Express.',
      'A THIRD case of the plague has been reported in China – with the public beginning to panic over the potential outbreak.',
      'PUBLISHED: 00:01, Tue, Nov 19, 2019',
      '| UPDATED: 10:43, Tue, Nov 19, 2019',
      "Health authorities in China's Inner Mongolia have confirmed that a third instance of the plague has been reported. The health commission said a 55-year old man had contracted bubonic plague after eating a wild rabbit during a hunting trip. The man was quarantined along with 28 people he came into contact with.",
      'However, the other 28 people have showed no signs or symptoms of the plague.',
      'The other two patients caught pneumonic plague, while the hunter caught bubonic plague, which affects the lymph nodes.',
      'A deputy director of the regional disease control centre said the latest plague case is isolated and unrelated to the two cases in Beijing.',
      'Users on social media asked how the two plague patients had travelled to Beijing, by train or by airplane.',
      'In the 14th century the plague, known as the Black Death, spread across the Mediterranean and Europe, killing up to 60 percent of the population.',
    ].join('\n\n');
    const cleaned = cleanBody({ title: 'Plague in China: third case confirmed', body });
    const text = cleaned.join('\n');
    expect(text).toContain('However, the other 28 people have showed no signs');
    expect(text).toContain('Users on social media asked how the two plague patients');
    expect(text).not.toContain('PUBLISHED');
    expect(text).not.toContain('UPDATED');
  });
});

describe('lists and tables', () => {
  it('keeps numbered, bulleted and separated items, and still drops a menu', () => {
    const body = [
      'Home',
      'World',
      'Sport',
      'The band will tour North America next summer, its first tour together in a quarter of a century.',
      'The tour dates:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 10 -- Credit Union Amphitheatre, Tampa, FL',
      'June 14 -- Bank Amphitheatre, Alpharetta, GA',
      'June 17 -- Bridgestone Arena, Nashville, TN',
      'Tickets go on sale on Friday, and fans can expect the band to play its hits.',
      'The seeds for the tournament are:',
      '1 Roger Federer (Switzerland)',
      '2 Andy Roddick (US)',
      '3 Lleyton Hewitt (Australia)',
      'The watch has many features the old one lacked, the company said on Tuesday.',
      '- Optical heart sensor',
      '- Digital Crown with haptic feedback',
      '- Swim proof',
    ].join('\n\n');
    const cleaned = cleanBody({ title: 'Band to tour next summer', body });
    expect(cleaned).toContain('June 14 -- Bank Amphitheatre, Alpharetta, GA');
    expect(cleaned).toContain('2 Andy Roddick (US)');
    expect(cleaned).toContain('- Swim proof');
    for (const menu of ['Home', 'World', 'Sport']) expect(cleaned).not.toContain(menu);
  });

  it('keeps a structured document (a plan of short lines) whole, its repeated headings too', () => {
    const plan = (name: string) => [
      `Meal plan ${name}`,
      'Pre-workout meal',
      'Eat 60 to 90 minutes before your workout',
      'Asparagus and eggs, with half a cup of sweet potato',
      'Post-workout meal',
      'Eat one to two hours after your workout',
      'Chicken with zucchini noodles and edamame',
    ];
    const body = [
      'This meal plan works for both programs, so there is no need to work out a new one when you finish the first.',
      ...plan('A'),
      ...plan('B'),
      'Pro tip: prepare the meals on Sunday so the week runs smoothly.',
    ].join('\n\n');
    const cleaned = cleanBody({ title: 'Meal prep for the programme', body });
    expect(cleaned.filter((p) => p === 'Pre-workout meal')).toHaveLength(2);
    expect(cleaned).toContain('Chicken with zucchini noodles and edamame');
    expect(cleaned).toContain('Meal plan B');
  });
});
