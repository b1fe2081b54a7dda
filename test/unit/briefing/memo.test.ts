import { describe, expect, it } from 'vitest';
import { Memo } from '../../../src/briefing/memo.js';

describe('Memo', () => {
  it('computes a key once while it is kept', () => {
    const calls: string[] = [];
    const memo = new Memo(3, (k: string) => {
      calls.push(k);
      return k.toUpperCase();
    });
    expect(memo.get('a')).toBe('A');
    expect(memo.get('a')).toBe('A');
    expect(calls).toEqual(['a']);
  });

  it('keeps at most its capacity, evicting the least recently used', () => {
    const calls: string[] = [];
    const memo = new Memo(2, (k: string) => {
      calls.push(k);
      return k.length;
    });
    memo.get('a');
    memo.get('bb');
    memo.get('a'); // 'a' is now the most recent
    memo.get('ccc'); // evicts 'bb'
    expect(memo.size).toBe(2);
    memo.get('a');
    memo.get('bb'); // recomputed
    expect(calls).toEqual(['a', 'bb', 'ccc', 'bb']);
  });

  it('keeps least-recently-used order when the newest key is asked again, and after clearing', () => {
    const calls: string[] = [];
    const memo = new Memo(2, (k: string) => {
      calls.push(k);
      return k.length;
    });
    memo.get('a');
    memo.get('a'); // already the most recent: nothing moves
    memo.get('bb');
    memo.get('bb');
    memo.get('ccc'); // evicts 'a', the least recently used
    memo.get('bb');
    memo.get('a'); // recomputed; evicts 'ccc'
    memo.get('ccc'); // recomputed
    memo.clear();
    memo.get('ccc'); // recomputed after clearing, though it was the newest before
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a', 'ccc', 'ccc']);
  });

  it('caches undefined and null results too', () => {
    let n = 0;
    const memo = new Memo(4, () => {
      n++;
      return undefined;
    });
    memo.get(1);
    memo.get(1);
    expect(n).toBe(1);
  });

  it('keys objects by identity', () => {
    const memo = new Memo(4, (o: { v: number }) => ({ doubled: o.v * 2 }));
    const a = { v: 1 };
    expect(memo.get(a)).toBe(memo.get(a));
    expect(memo.get({ v: 1 })).not.toBe(memo.get(a));
  });

  it('refuses a capacity below one', () => {
    expect(() => new Memo(0, (k: number) => k)).toThrow(/at least 1/);
  });
});
