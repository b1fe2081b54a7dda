import type { Thread, Turn } from '../../src/briefing/ports.js';

/** A thread after one answered question; `turn` overrides the answer turn's fields (bullets, names, lead). */
export function threadAfter(question: string, turn: Partial<Turn> = {}): Thread {
  return {
    key: { platform: 'cli', channel: 'cli', thread: 't' },
    topic: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    turns: [
      {
        at: '2026-01-01T00:00:00Z',
        kind: 'answer',
        question,
        query: question,
        bullets: [],
        shown: [],
        salient: [],
        ...turn,
      },
    ],
  };
}
