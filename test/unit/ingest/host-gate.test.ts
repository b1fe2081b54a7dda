import { describe, expect, it } from 'vitest';
import { createHostGate } from '../../../src/ingest/host-gate.js';

/** A clock that only moves when the gate sleeps. */
function fakeClock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
  };
}

describe('createHostGate', () => {
  it('spaces requests to one host by the interval, and lets other hosts go at once', async () => {
    const clock = fakeClock();
    const gate = createHostGate({ intervalMs: 1000, now: clock.now, sleep: clock.sleep });
    await gate.wait('news.example');
    await gate.wait('news.example');
    await gate.wait('other.example');
    await gate.wait('NEWS.example');
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('does not wait when the interval has already passed', async () => {
    const clock = fakeClock();
    const gate = createHostGate({ intervalMs: 1000, now: clock.now, sleep: clock.sleep });
    await gate.wait('news.example');
    clock.advance(1500);
    await gate.wait('news.example');
    expect(clock.sleeps).toEqual([]);
  });

  it('gives concurrent callers successive slots', async () => {
    const clock = fakeClock();
    const waits: number[] = [];
    const gate = createHostGate({
      intervalMs: 1000,
      now: clock.now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await Promise.all([gate.wait('a.example'), gate.wait('a.example'), gate.wait('a.example')]);
    expect(waits).toEqual([1000, 2000]);
  });
});
