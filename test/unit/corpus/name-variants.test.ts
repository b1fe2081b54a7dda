import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  isVariant,
  VariantIndex,
  variantKey,
} from '../../../src/corpus/name-variants.js';

describe('isVariant', () => {
  it.each([
    ['kayani', 'kiani'],
    ['sergey', 'sergei'],
    ['parvez', 'pervez'],
    ['mohammad', 'muhammad'],
    ['mohammed', 'muhammad'],
    ['qaddafi', 'gaddafi'],
    ['gadhafi', 'qaddafi'],
    ['ahmed', 'ahmad'],
    ['organisation', 'organization'],
  ])('%s and %s are variants', (a, b) => {
    expect(isVariant(a, b)).toBe(true);
    expect(isVariant(b, a)).toBe(true);
  });

  it.each([
    ['cancel', 'council'],
    ['visit', 'vast'],
    ['gold', 'cold'],
    ['pakistan', 'pakistani'],
    ['minister', 'ministry'],
    ['russia', 'russian'],
    ['talks', 'tales'],
  ])('%s and %s are not', (a, b) => {
    expect(isVariant(a, b)).toBe(false);
  });

  it('a word is not its own variant, and short words have none', () => {
    expect(isVariant('kayani', 'kayani')).toBe(false);
    expect(isVariant('pak', 'pek')).toBe(false);
    expect(variantKey('pak')).toBeNull();
    expect(variantKey('g20s')).toBeNull();
  });
});

describe('damerauLevenshtein', () => {
  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(damerauLevenshtein('kayani', 'kiani')).toBe(2);
    expect(damerauLevenshtein('abcd', 'abdc')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('same', 'same')).toBe(0);
  });

  it('stops early past the limit', () => {
    expect(damerauLevenshtein('cancel', 'council', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});

describe('VariantIndex', () => {
  it('finds the variants in its vocabulary, closest first, and nothing else', () => {
    const index = new VariantIndex();
    for (const w of ['kayani', 'kiani', 'kayyani', 'council', 'cancel', 'visit', 'vast', 'moscow'])
      index.add(w);
    expect(index.variantsOf('kayani')).toEqual(['kayyani', 'kiani']);
    expect(index.variantsOf('kiyani')).toEqual(['kayani', 'kiani', 'kayyani']);
    expect(index.variantsOf('cancel')).toEqual([]);
    expect(index.variantsOf('visit')).toEqual([]);
    expect(index.variantsOf('islamabad')).toEqual([]);
  });

  it('ignores duplicates and words that cannot have variants', () => {
    const index = new VariantIndex();
    expect(index.add('sergei')).toBe(true);
    expect(index.add('sergei')).toBe(false);
    expect(index.add('un')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.variantsOf('sergey')).toEqual(['sergei']);
  });
});
