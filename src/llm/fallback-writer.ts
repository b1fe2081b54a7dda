/**
 * Fallback as composition: try the primary writer (the LLM), and when it fails or throws, answer
 * with the fallback writer (offline) and say why in `fallbackReason`. A user never gets an error
 * because the LLM failed.
 */
import type { WriteRequest, WriteResult, Writer } from '../briefing/write/writer.js';
import type { Logger } from '../log/logger.js';

export function withFallback(primary: Writer, fallback: Writer, logger: Logger): Writer {
  async function tryPrimary(request: WriteRequest): Promise<WriteResult> {
    try {
      return await primary.write(request);
    } catch (err) {
      // A thrown error is a bug in the primary; it must still not cost the user the answer.
      logger.error({ writer: primary.name, err }, 'writer threw');
      // The message may carry text from the LLM server; it stays in the log, out of the reason.
      return { ok: false, reason: `${primary.name} failed unexpectedly` };
    }
  }

  return {
    name: `${primary.name}|${fallback.name}`,
    async write(request) {
      const first = await tryPrimary(request);
      if (first.ok) return first;
      logger.warn({ writer: primary.name, reason: first.reason }, 'LLM failed; using the fallback writer');
      const second = await fallback.write(request);
      if (!second.ok) return { ok: false, reason: `LLM failed: ${first.reason}; ${second.reason}` };
      return { ...second, fallbackReason: `LLM failed: ${first.reason}` };
    },
  };
}
