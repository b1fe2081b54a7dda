/**
 * An over-long answer through Discord end to end. A verbose model (the OpenAI double, driven by
 * the real OpenAI writer) writes bullets far longer than one message holds; the real service
 * verifies its citations over the seed corpus, and the bot, through the unmodified discord.js
 * client and the Discord double, must split it into messages within every limit, never inside a
 * bullet, with the buttons under the last part.
 */
import type { APIEmbed, APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { silentLogger } from '../../src/log/logger.js';
import { createOpenAIWriter } from '../../src/llm/openai-writer.js';
import { createDiscordBot, type DiscordBot } from '../../src/platforms/discord/index.js';
import { messageLimitProblems } from '../../src/platforms/discord/limits.js';
import { bulletLine, renderQuotes } from '../../src/platforms/discord/render.js';
import { CallbackType, DiscordDouble, type RecordedRequest } from '../doubles/discord-double.js';
import { ok, type OpenAIDouble, startOpenAIDouble } from '../doubles/openai-double.js';

const EPHEMERAL = 1 << 6;

interface MessageBody {
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string }[] }[];
  flags?: number;
}

/** The passages as the model received them, read back out of the prompt's fence. */
function passagesIn(body: unknown): { id: string; text: string }[] {
  const user = (body as { messages: { role: string; content: string }[] }).messages.find(
    (m) => m.role === 'user',
  );
  const fence = /<passages>([\s\S]*)<\/passages>/.exec(user?.content ?? '')?.[1] ?? '';
  return [...fence.matchAll(/<passage id="(P\d+)">\n[\s\S]*?\ntext: (.*)\n<\/passage>/g)].map((m) => ({
    id: m[1]!,
    text: m[2]!,
  }));
}

/**
 * A rambling model: every bullet retells its passage over and over, so each is well over 1000
 * characters, and cites that passage sentence by sentence — all of it verifiable, claim included
 * (the verifier drops a bullet that says what its quotes do not, so it cannot retell the others).
 */
function verboseModel(body: unknown) {
  const passages = passagesIn(body);
  return {
    bullets: passages.map((p) => ({
      text: Array.from({ length: Math.ceil(1100 / p.text.length) }, () => p.text).join(' '),
      citations: (p.text.match(/[^.!?]+[.!?]+/g) ?? [p.text]).map((s) => ({
        passage: p.id,
        quote: s.trim(),
      })),
    })),
  };
}

let discord: DiscordDouble;
let llm: OpenAIDouble;
let app: Awaited<ReturnType<typeof openBriefbot>>;
let bot: DiscordBot;
/** What the LLM writer logged: shown when an answer unexpectedly came from the offline fallback. */
const writerLines: string[] = [];
const writerLog = {
  ...silentLogger,
  warn: (obj: object, msg?: string) => void writerLines.push(`${msg} ${JSON.stringify(obj)}`),
  error: (obj: object, msg?: string) => void writerLines.push(`${msg} ${JSON.stringify(obj)}`),
};

beforeAll(async () => {
  discord = await DiscordDouble.start();
  llm = await startOpenAIDouble((r) => ok(JSON.stringify(verboseModel(r.body))));
  const writer = createOpenAIWriter({
    apiKey: 'sk-test',
    baseURL: llm.baseURL,
    model: 'verbose-model',
    timeoutMs: 10_000,
    contextChars: 12_000,
    logger: writerLog,
  });
  app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', writer });
  bot = createDiscordBot({
    api: app.api,
    token: discord.token,
    apiUrl: discord.apiUrl,
    logger: silentLogger,
  });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await app?.close();
  await llm?.close();
  await discord?.close();
});

async function answered(interaction: APIInteraction): Promise<RecordedRequest[]> {
  discord.sendInteraction(interaction);
  await discord.waitForRequest(
    (r) =>
      r.path.includes(interaction.token) &&
      (r.method === 'PATCH' || r.method === 'POST') &&
      r.path.startsWith('/webhooks/') &&
      ((r.body as MessageBody).components?.length ?? 0) > 0,
  );
  return discord.requestsFor(interaction);
}

describe('an over-long answer', () => {
  for (const isPrivate of [false, true]) {
    it(`is split into messages within Discord's limits, never inside a bullet${isPrivate ? ' (private)' : ''}`, async () => {
      const interaction = discord.slashCommand('brief', [
        { name: 'topic', type: 3, value: 'pakistan-russia' },
        { name: 'private', type: 5, value: isPrivate },
      ]);
      const requests = await answered(interaction);
      const answer = (await app.api.brief({ topic: 'pakistan-russia' })) as Extract<
        Awaited<ReturnType<typeof app.api.brief>>,
        { ok: true }
      >;
      expect(answer.ok).toBe(true);
      // The same request again, for the bullets to look for (the model and retrieval are deterministic).
      expect(answer.answer.mode).toBe('llm');

      const writes = requests.filter(
        (r) => r.method === 'PATCH' || (r.method === 'POST' && r.path.startsWith('/webhooks/')),
      );
      const bodies = writes.map((r) => r.body as MessageBody);
      const embeds = bodies.flatMap((b) => b.embeds ?? []);
      expect(embeds.at(-1)!.footer?.text, writerLines.join('\n')).toMatch(/^Written by an LLM/);
      // The deferred reply is edited with the first part; the rest are follow-up messages.
      expect(writes[0]!.method).toBe('PATCH');
      expect(writes.slice(1).every((r) => r.method === 'POST' && r.query.wait === 'true')).toBe(true);
      expect(bodies.length).toBeGreaterThan(1);
      for (const body of bodies) expect(messageLimitProblems(body)).toEqual([]);
      for (const body of bodies.slice(1))
        expect((body.flags ?? 0) & EPHEMERAL).toBe(isPrivate ? EPHEMERAL : 0);

      // Buttons only under the last part.
      expect(bodies.map((b) => (b.components?.length ?? 0) > 0)).toEqual(
        bodies.map((_, i) => i === bodies.length - 1),
      );

      // Every bullet, with its markers, is whole within one description, in order.
      const descriptions = bodies.flatMap((b) => (b.embeds ?? []).map((e) => e.description ?? ''));
      let at = 0;
      for (const bullet of answer.answer.bullets) {
        const line = bulletLine(bullet);
        expect(line.length).toBeGreaterThan(1000);
        while (at < descriptions.length && !descriptions[at]!.split('\n').includes(line)) at++;
        expect(at, `bullet not found whole: ${line.slice(0, 60)}`).toBeLessThan(descriptions.length);
      }
      const fields = bodies.flatMap((b) => (b.embeds ?? []).flatMap((e) => e.fields ?? []));
      expect(
        fields
          .filter((f) => f.name.startsWith('Sources'))
          .map((f) => f.value)
          .join('\n')
          .match(/^\*\*\[\d+\]\*\*/gm),
      ).toHaveLength(answer.answer.sources.length);

      // Show quotes on the last part: every cited sentence, also within limits.
      const last = discord.messagesFor(interaction).at(-1)!;
      expect(last.id).not.toBe(discord.originalMessage(interaction)!.id);
      const quotesId = (last.components as unknown as MessageBody['components'])![0]!.components[1]!
        .custom_id!;
      const click = discord.sendInteraction(discord.button(last, quotesId));
      const quotes = await discord.waitForRequest(
        (r) => r.path === `/interactions/${click.id}/${click.token}/callback`,
      );
      const reply = (quotes.body as { type: number; data: MessageBody }).data;
      expect((quotes.body as { type: number }).type).toBe(CallbackType.ChannelMessageWithSource);
      expect(reply.embeds).toEqual(renderQuotes(answer.answer)[0]);
      expect(messageLimitProblems(reply)).toEqual([]);
    });
  }

  it('keeps the parts already posted when a later part is refused, and says so privately', async () => {
    const interaction = discord.slashCommand('brief', [{ name: 'topic', type: 3, value: 'pakistan-russia' }]);
    const isFollowUp = (r: RecordedRequest) =>
      r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${interaction.token}`;
    discord.failNext(isFollowUp);
    discord.sendInteraction(interaction);
    const notice = await discord.waitForRequest(
      (r) => isFollowUp(r) && ((r.body as MessageBody).flags ?? 0) === EPHEMERAL,
    );
    expect((notice.body as MessageBody).embeds![0]!.description).toMatch(
      /^Only 1 of \d+ parts of this answer/,
    );
    const original = discord.originalMessage(interaction)!;
    expect(original.embeds[0]!.footer).toBeUndefined();
    // The brief's lead line, its note, then its bullets.
    expect(original.embeds[0]!.description).toMatch(/^\*\*.+\*\* (\[\d+\])+\n[\s\S]*?\n• /);
    expect(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });
});
