/**
 * Recent answers by key, so "Show quotes" can reveal the sentences behind a message without
 * putting them in it. Bounded (oldest out first) and in memory: after a restart the button says
 * the answer is gone and how to get it again.
 */
import type { Answer } from '../../briefing/answer.js';

export class AnswerCache {
  private readonly entries = new Map<string, Answer>();

  constructor(private readonly capacity = 500) {}

  set(key: string, answer: Answer): void {
    this.entries.delete(key);
    this.entries.set(key, answer);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): Answer | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
