/**
 * The briefing service: the one flow behind every adapter. Resolve the topic and the thread,
 * retrieve, write (LLM or offline), verify every citation against the article text, number the
 * sources, remember the turn. Platform-free: it knows no Slack, Discord, HTTP or environment.
 */
import { type Article, sentenceKey } from '../corpus/article.js';
import type { Corpus } from '../corpus/corpus.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { ConversationStore, Thread, ThreadKey, ThreadLimits, Turn } from './ports.js';
import { annotate, finishAnnotation, flagSideDrafts, withInferredDates } from './analysis/annotate.js';
import { type Answer, type AnswerKind, answerSchema, type Source } from './answer.js';
import { withViews } from './views/answer-views.js';
import { articleDateFields, corpusDateBook } from './analysis/article-dates.js';
import { spanLabel } from './analysis/calendar.js';
import { briefLead } from './write/brief-lead.js';
import { countOutlets } from './analysis/corroboration.js';
import { coverArticles } from './write/cover-articles.js';
import { type Development, groupDevelopments } from './write/developments.js';
import { figureLead } from './write/figure-lead.js';
import { planQuestion, salientNames } from './question/followup.js';
import { composeLead, disagreementLead, type DraftLead } from './write/lead.js';
import { analyzeQuestion, type AnswerType, type QuestionAnalysis } from './question/question.js';
import { type QuestionRetrieved, searchQuestion } from './question/question-search.js';
import { subjectTerms, type Retrieved, searchQuery, searchTopic } from './question/retrieve.js';
import {
  type AskRequest,
  type BriefingApi,
  type BriefRequest,
  type DigestRequest,
  questionTooLong,
  type ServiceResult,
  type SourceView,
  type UserError,
} from './service-api.js';
import { TIMELINE_EVENTS, timelineDrafts } from './views/timeline.js';
import { toldSentences, whatChanged, whatsNewQuestion } from './analysis/what-changed.js';
import { closeTopic, findTopic, nearestTopics, type Topic } from './topics.js';
import { claimSupported, normalizeForMatch, verifyDraft, type VerifyContext } from './write/verify.js';
import type { Candidate, DraftBullet, WriteRequest, Writer } from './write/writer.js';

export interface BriefingServiceOptions {
  corpus: Corpus;
  /** A function so topics can be reloaded without rebuilding the service. */
  topics: () => readonly Topic[];
  writer: Writer;
  store?: ConversationStore;
  limits?: ThreadLimits;
  now?: () => Date;
  logger?: Logger;
  /** Said in `fallbackReason` when the writer is offline by configuration (no LLM set up). */
  offlineReason?: string;
  /**
   * When an article entered the corpus (ISO instant; corpus/entered.ts): a digest's "new since" for
   * articles without a published date. Default: `fetchedAt`, the only record an Article carries.
   */
  enteredAt?: (article: Article) => string | null;
}

export const DEFAULT_THREAD_LIMITS: ThreadLimits = { maxTurns: 20, ttlMs: 7 * 24 * 3600 * 1000 };

/** A brief: 4-10 bullets, 1-3 a development (offline-writer.ts). */
const BRIEF_BULLETS = 10;
/** A digest keeps the old length until digests are built from developments too. */
const DIGEST_BULLETS = 6;
/** A digest cites every new article it counts, with up to this many bullets beyond its own. */
const DIGEST_EXTRA_BULLETS = 6;
const ANSWER_BULLETS = 4;

export function createBriefingService(options: BriefingServiceOptions): BriefingApi {
  const { corpus, writer } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? DEFAULT_THREAD_LIMITS;
  const dates = corpusDateBook(corpus);

  async function loadThread(key: ThreadKey | undefined): Promise<Thread | null> {
    if (!key || !options.store) return null;
    return options.store.getThread(key, now());
  }

  // A source's date is what the sources list shows: published, or inferred (and said to be).
  const metadata = (id: string) => {
    const a = corpus.get(id);
    if (!a) return '';
    const inferred = a.published ? null : dates.articleDate(a);
    const when = a.published ?? (inferred ? spanLabel(inferred.span) : '');
    return [a.title, a.publisher ?? '', when].join(' \n ');
  };
  const verifyContext: VerifyContext = {
    sentences: (id) => corpus.get(id)?.sentences.map((s) => s.text),
    metadata,
  };

  /** A writer's lead with only the citations whose quotes are in their articles; null if none is. */
  function verifiedLead(lead: DraftLead): DraftLead | null {
    const checked = verifyDraft([lead], (id) => corpus.get(id)?.text, verifyContext);
    const kept = checked.bullets[0];
    if (!kept) {
      logger.warn(
        { writer: writer.name, lead: lead.text.slice(0, 120) },
        'lead dropped: its citations do not verify',
      );
      return null;
    }
    return kept;
  }

  /** The lead, if what it says is in what it cites (the same check as any bullet's). */
  function checkedLead(lead: DraftLead | null): DraftLead | null {
    if (!lead) return null;
    const check = claimSupported(
      lead.text,
      lead.citations.map((c) => c.quote),
      lead.citations.map((c) => metadata(c.articleId)).join(' \n '),
    );
    if (check.ok) return lead;
    logger.warn({ writer: writer.name, lead: lead.text.slice(0, 120), reason: check.reason }, 'lead dropped');
    return null;
  }

  /** A brief's lead, verified like an answer's: quotes in their articles, claims in the quotes. */
  function briefLeadChecked(developments: readonly Development[], bullets: readonly DraftBullet[]) {
    const draft = briefLead(developments, bullets, metadata);
    return draft ? checkedLead(verifiedLead(draft)) : null;
  }

  function shownIn(thread: Thread | null): Set<string> {
    return new Set(thread?.turns.flatMap((t) => t.shown) ?? []);
  }

  function emptyCorpus(): ServiceResult | null {
    if (corpus.size > 0) return null;
    return fail('empty-corpus', 'The corpus is empty: add article files to the corpus folder and restart.');
  }

  async function compose(args: {
    kind: AnswerKind;
    topic: Topic | null;
    query: string;
    question: string | null;
    retrieved: Retrieved;
    thread: Thread | null;
    threadKey: ThreadKey | undefined;
    maxBullets: number;
    note?: string;
    /** What "more" re-runs: the question's subject, without the context that decorated it. */
    turnQuery?: string;
    /** Dated events in date order (timeline.ts) instead of the writer's summary. */
    timeline?: boolean;
    /** Sentence keys the reader was told before: flags then show only what changed. */
    told?: ReadonlySet<string>;
    /** Said instead of "nothing found" when there are no bullets. */
    emptyNote?: string;
    /** The question as analysed: the answer then opens with a direct answer (`lead`). */
    analysis?: QuestionAnalysis;
    /** Where the lead's value is read from, best first (the candidates when absent). */
    evidence?: readonly Candidate[];
    /** Digests: up to this many more bullets, so every article retrieved is cited (cover-articles.ts). */
    coverArticles?: number;
    /** Briefs: the candidates as developments, oldest first (developments.ts). */
    developments?: readonly Development[];
  }): Promise<Answer> {
    const request: WriteRequest = {
      kind: args.kind,
      query: args.query,
      question: args.question,
      topic: args.topic,
      candidates: args.retrieved.candidates,
      history: (args.thread?.turns ?? []).map((t) => ({
        kind: t.kind,
        question: t.question,
        bullets: t.bullets,
      })),
      maxBullets: args.maxBullets,
      ...(args.analysis ? { answerType: args.analysis.answerType } : {}),
      ...(args.developments ? { developments: args.developments } : {}),
      ...(args.timeline ? { oldestFirst: true } : {}),
    };
    const result = args.timeline
      ? ({
          ok: true,
          mode: 'offline',
          bullets: timelineDrafts(request.candidates, dates, args.maxBullets, args.developments),
          fallbackReason: 'a timeline is built from the dated sentences themselves',
        } as const)
      : request.candidates.length > 0
        ? await writer.write(request)
        : ({ ok: true, mode: 'offline', bullets: [] } as const);
    const draft = result.ok ? result : { ok: true as const, mode: 'offline' as const, bullets: [] };
    const drafted = args.coverArticles
      ? coverArticles(draft.bullets, request.candidates, args.coverArticles)
      : draft.bullets;
    const verified = verifyDraft(drafted, (id) => corpus.get(id)?.text, verifyContext);
    if (verified.dropped.length > 0) {
      logger.warn({ dropped: verified.dropped.length, writer: writer.name }, 'citations failed verification');
    }
    if (verified.unsupported.length > 0) {
      logger.warn(
        {
          writer: writer.name,
          bullets: verified.unsupported.map((u) => `${u.text.slice(0, 80)}: ${u.reason}`),
        },
        'bullets dropped: they claim what their quotes do not say',
      );
    }
    const get = (id: string) => corpus.get(id);
    const evidence = (args.evidence ?? request.candidates).map((c) => ({
      text: c.sentence.text,
      citations: [{ articleId: c.article.id, quote: c.sentence.text }],
      ...(c.lentBy ? { context: c.lentBy.text } : {}),
    }));
    // A writer's own lead (the LLM's) is checked like its bullets, quotes included; when it fails
    // or there is none, the lead is composed offline from the verified bullets.
    const written = 'lead' in draft && draft.lead ? checkedLead(verifiedLead(draft.lead)) : null;
    const annotation = annotate(verified.bullets, {
      get,
      dates,
      pool: request.candidates,
      prune: draft.mode === 'offline',
      timeline: args.timeline === true,
      ...(args.told ? { told: args.told } : {}),
      checkDates: draft.mode === 'llm',
      onDropped: (b, wrong) =>
        logger.warn(
          { writer: writer.name, dates: wrong, bullet: b.text.slice(0, 120) },
          'bullet dropped: a date its quotes do not support',
        ),
    });
    // "Which outlets disagree about ...?" is answered by the disagreements found; any other
    // question by the value it asks for (or the best sentence).
    const disagreement =
      args.analysis?.asksDisagreement && annotation.flags.length > 0
        ? checkedLead(disagreementLead(annotation.flags, get))
        : null;
    // Asked for a value outlets report differently, the lead gives both, each with its outlets.
    const figure =
      args.analysis && !disagreement ? checkedLead(figureLead(args.analysis, annotation.flags, get)) : null;
    // Composed only where it is read: to judge the figure, or as the lead when no other stands.
    const composed =
      args.analysis && verified.bullets.length > 0 && !disagreement && (figure || !written)
        ? checkedLead(composeLead(args.analysis, verified.bullets, get, evidence))
        : null;
    // The figure outlets dispute leads only when it is the one the best sentence gives: "car sales
    // fell 4.5% or 8.5%" does not answer how much retail sales fell.
    const main = composed?.citations[0];
    const figureOk =
      figure &&
      (!main || figure.citations.some((c) => c.articleId === main.articleId && c.quote === main.quote));
    const lead =
      args.analysis && verified.bullets.length > 0
        ? (disagreement ?? (figureOk ? figure : null) ?? written ?? composed)
        : args.developments && verified.bullets.length > 0
          ? (written ??
            // The lead names the latest developments first, whichever order the bullets run in.
            briefLeadChecked(
              args.developments,
              args.timeline ? [...verified.bullets].reverse() : verified.bullets,
            ))
          : null;
    const numbered = numberSources(
      [...(lead ? [lead] : []), ...annotation.bullets, ...flagSideDrafts(annotation.flags)],
      get,
    );
    const numberedLead = lead ? numbered.bullets.shift()! : null;
    const finished = finishAnnotation(annotation, numbered.bullets);
    const { bullets, flags } = args.developments
      ? byDevelopment(finished, annotation.bullets, annotation.flags, args.developments)
      : finished;
    const sources = withInferredDates(numbered.sources, get, dates);
    const notes: string[] = [];
    if (args.note) notes.push(args.note);
    if (args.developments && bullets.length > 0) notes.push(restsOn(sources, get));
    const unsupported = verified.unsupported.length;
    if (bullets.length === 0)
      notes.push(args.emptyNote ?? nothingFound(args.kind, args.question ?? args.query));
    else if (args.retrieved.repeated)
      notes.push('Nothing new to add: these are sentences this thread has seen.');

    const answer: Answer = {
      kind: args.kind,
      topic: args.topic?.slug ?? null,
      query: args.query,
      mode: draft.mode,
      ...(draft.mode === 'offline'
        ? {
            fallbackReason:
              ('fallbackReason' in draft && draft.fallbackReason) ||
              options.offlineReason ||
              'offline writer',
          }
        : unsupported > 0
          ? {
              fallbackReason: `${unsupported} bullet${unsupported === 1 ? '' : 's'} dropped: ${unsupported === 1 ? 'it claimed' : 'they claimed'} what ${unsupported === 1 ? 'its' : 'their'} quotes do not say`,
            }
          : {}),
      ...(args.threadKey ? { thread: args.threadKey.thread } : {}),
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      lead:
        numberedLead && bullets.length > 0
          ? { text: numberedLead.text, citations: numberedLead.citations }
          : null,
      bullets,
      ...(flags.length > 0 ? { flags } : {}),
      ...(args.timeline ? { view: 'timeline' as const } : {}),
      ...(annotation.names.length > 0 ? { names: annotation.names } : {}),
      sources,
    };

    if (args.threadKey && options.store) {
      const turn: Turn = {
        at: now().toISOString(),
        kind: args.kind,
        question: args.question,
        query: args.turnQuery ?? args.query,
        bullets: annotation.bullets.map((b) => b.text),
        shown: shownKeys([...annotation.bullets, ...flagSideDrafts(annotation.flags)], get),
        // Outlets are named in bullets ("told the Courier") but are no one "he" or "it" refers to.
        salient: salientNames(
          verified.bullets.map((b) => b.text),
          8,
          lead?.text,
        ).filter((name) => !numbered.sources.some((s) => s.publisher === name)),
      };
      // What the answer rested on: a follow-up ("who said that?") is about the lead's sentence.
      const leadKeys = lead && bullets.length > 0 ? shownKeys([lead], get) : [];
      if (leadKeys.length > 0) turn.lead = leadKeys;
      await options.store.appendTurn(args.threadKey, args.topic?.slug ?? null, turn, limits, now());
    }
    // The contract is checked on the way out: a bug here must fail loudly, not reach a user.
    return answerSchema.parse(withViews(answer, (id) => get(id)?.paragraphs));
  }

  async function brief(req: BriefRequest): Promise<ServiceResult> {
    const empty = emptyCorpus();
    if (empty) return empty;
    const name = req.topic.trim();
    if (!name) return fail('bad-request', topicUsage(options.topics()));
    const topic = findTopic(options.topics(), name);
    if (!topic) {
      // A typo of a topic ("trade-tarifs") is answered as that topic, and says so.
      const meant = closeTopic(options.topics(), name);
      if (meant) {
        const result = await brief({ ...req, topic: meant.slug });
        if (!result.ok) return result;
        const note = `Did you mean ${meant.slug}? No topic is named "${name}", so this is the brief for ${meant.slug}.`;
        const answer = result.answer;
        return { ok: true, answer: { ...answer, note: answer.note ? `${note} ${answer.note}` : note } };
      }
      // An unknown topic may still be a fine question ("/brief gas pipeline"): answer it as one.
      const asQuestion = await ask({
        question: name.replace(/-/g, ' '),
        ...(req.thread ? { thread: req.thread } : {}),
      });
      if (asQuestion.ok && asQuestion.answer.bullets.length > 0) {
        const note = `No topic is named "${name}", so this answers it as a question.`;
        const answer = asQuestion.answer;
        return { ok: true, answer: { ...answer, note: answer.note ? `${note} ${answer.note}` : note } };
      }
      const suggestions = nearestTopics(options.topics(), name);
      return {
        ok: false,
        error: {
          code: 'unknown-topic',
          message:
            `No topic is named "${name}" and nothing in the corpus matches it.` +
            (suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '') +
            ` Topics: ${
              options
                .topics()
                .map((t) => t.slug)
                .join(', ') || '(none defined)'
            }.`,
          suggestions,
        },
      };
    }
    const thread = await loadThread(req.thread);
    // A timeline shows the whole story in order, including what the thread has seen.
    const retrieved = req.timeline
      ? searchTopic(corpus, topic, { limit: 200, reports: true })
      : searchTopic(corpus, topic, { exclude: shownIn(thread), reports: true });
    const developments = groupDevelopments(retrieved.candidates, dates);
    const answer = await compose({
      developments,
      kind: 'brief',
      topic,
      query: topic.terms.join(' '),
      question: null,
      retrieved,
      thread,
      threadKey: req.thread,
      maxBullets: req.timeline ? TIMELINE_EVENTS : BRIEF_BULLETS,
      ...(req.timeline ? { timeline: true } : {}),
    });
    return { ok: true, answer };
  }

  async function ask(req: AskRequest): Promise<ServiceResult> {
    const question = req.question.replace(/\s+/g, ' ').trim();
    if (!question) return fail('empty-question', emptyQuestionHint(options.topics()));
    const tooLong = questionTooLong(question);
    if (tooLong) return fail('question-too-long', tooLong);
    const empty = emptyCorpus();
    if (empty) return empty;
    let topic: Topic | null = null;
    if (req.topic) {
      topic = findTopic(options.topics(), req.topic) ?? null;
      if (!topic) return unknownTopic(options.topics(), req.topic);
    }
    const thread = await loadThread(req.thread);
    if (!topic && thread?.topic) topic = findTopic(options.topics(), thread.topic) ?? null;
    const whatsNew = whatsNewQuestion(question);
    if (whatsNew && (whatsNew.focus || topic || thread?.turns.length)) {
      return { ok: true, answer: await answerWhatsNew(question, whatsNew.focus, thread, topic, req.thread) };
    }
    const plan = planQuestion(question, thread, topic);
    const typed = withAnswerType(analyzeQuestion(plan.query), plan.answerType);
    const analysis = plan.answered ? { ...typed, given: plan.answered } : typed;
    const shown = shownIn(thread);
    const retrieved: QuestionRetrieved =
      plan.kind === 'more'
        ? searchQuery(corpus, plan.query, { exclude: shown, context: plan.context })
        : searchQuestion(corpus, analysis, {
            dates,
            context: plan.context,
            previousArticles: new Set((thread?.turns.at(-1)?.shown ?? []).map((key) => key.split('#')[0]!)),
            ...(thread?.turns.at(-1)?.lead ? { previousLead: thread.turns.at(-1)!.lead! } : {}),
            ...(plan.answered ? { answered: plan.answered } : {}),
            ...(plan.previousType ? { previousType: plan.previousType } : {}),
          });
    // The thread is not told the same sentences twice in bullets, but the lead may rest on one
    // it was shown when that is where the answer is.
    const fresh = retrieved.candidates.filter((c) => !shown.has(sentenceKey(c.sentence)));
    const bulletsFrom: Retrieved =
      fresh.length > 0 || retrieved.candidates.length === 0
        ? { candidates: fresh, repeated: retrieved.repeated }
        : { candidates: retrieved.candidates, repeated: true };
    const answer = await compose({
      kind: 'answer',
      topic,
      query: [plan.query, plan.context].filter(Boolean).join(' | '),
      question,
      retrieved: bulletsFrom,
      thread,
      threadKey: req.thread,
      maxBullets: ANSWER_BULLETS,
      turnQuery: plan.query,
      analysis,
      evidence: retrieved.candidates,
      ...(retrieved.abstain ? { emptyNote: retrieved.abstain } : {}),
    });
    return { ok: true, answer };
  }

  /** "What's new?" in a thread: only claims the thread has not been told, and changes to told ones. */
  async function answerWhatsNew(
    question: string,
    focus: string,
    thread: Thread | null,
    topic: Topic | null,
    threadKey: ThreadKey | undefined,
  ): Promise<Answer> {
    const told = shownIn(thread);
    const last = thread?.turns.at(-1);
    const query = focus && subjectTerms(focus).length > 0 ? focus : null;
    const retrieved = query
      ? searchQuery(corpus, query, { exclude: told, context: topic?.terms.join(' ') ?? '' })
      : topic
        ? searchTopic(corpus, topic, { exclude: told })
        : searchQuery(corpus, last?.query ?? '', { exclude: told });
    const { fresh, restated } = retrieved.repeated
      ? { fresh: [], restated: 0 }
      : whatChanged(
          retrieved.candidates,
          toldSentences(told, (id) => corpus.get(id)),
        );
    const left =
      restated > 0 ? ` (${restated} sentence${restated === 1 ? '' : 's'} restating it left out)` : '';
    const hasTold = told.size > 0;
    return compose({
      kind: 'answer',
      topic,
      query: query ?? (topic ? topic.terms.join(' ') : (last?.query ?? question)),
      question,
      retrieved: { candidates: fresh, repeated: false },
      thread,
      threadKey,
      maxBullets: ANSWER_BULLETS,
      ...(fresh.length > 0 && hasTold ? { note: `What this thread has not been told yet${left}.` } : {}),
      ...(hasTold
        ? { emptyNote: `Nothing new: the articles say nothing this thread has not been told${left}.` }
        : {}),
      ...(hasTold ? { told } : {}),
      ...(last || query ? { turnQuery: query ?? last!.query } : {}),
    });
  }

  async function digest(req: DigestRequest): Promise<ServiceResult> {
    const empty = emptyCorpus();
    if (empty) return empty;
    const topic = findTopic(options.topics(), req.topic);
    if (!topic) return unknownTopic(options.topics(), req.topic);
    const since = req.since;
    const chosen = req.articleIds ? new Set(req.articleIds) : null;
    const entered = options.enteredAt ?? ((a: Article) => a.fetchedAt);
    const isNew = chosen
      ? (a: Article) => chosen.has(a.id)
      : since
        ? (a: Article) => isNewSince(a, since, entered)
        : () => true;
    let retrieved = searchTopic(corpus, topic, { articleFilter: isNew });
    // What the channel was told before (`told`) is not news again, even from a new article.
    const told = req.told && req.told.length > 0 ? new Set(req.told) : undefined;
    if (told) {
      const changed = whatChanged(
        retrieved.candidates,
        toldSentences(told, (id) => corpus.get(id)),
      );
      retrieved = { candidates: changed.fresh, repeated: false };
    }
    const fresh = new Set(retrieved.candidates.map((c) => c.article.id));
    const answer = await compose({
      kind: 'digest',
      topic,
      query: topic.terms.join(' '),
      question: null,
      retrieved,
      thread: null,
      threadKey: undefined,
      maxBullets: DIGEST_BULLETS,
      coverArticles: DIGEST_EXTRA_BULLETS,
      ...(told ? { told } : {}),
    });
    const note = digestNote(
      topic,
      since,
      [...fresh].map((id) => corpus.get(id)!),
      answer,
    );
    return { ok: true, answer: { ...answer, note: answer.note ? `${note} ${answer.note}` : note } };
  }

  function source(id: string): SourceView | null {
    const a = corpus.get(id);
    if (!a) return null;
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      // One date per article: the same as every answer's source list says.
      ...articleDateFields(a, dates),
      url: a.url,
      path: a.path,
      paragraphs: a.paragraphs,
    };
  }

  return { topics: () => [...options.topics()], brief, ask, digest, source };
}

/** "No topic is named X" with the nearest topic names, for ask and digest. */
function unknownTopic(topics: readonly Topic[], name: string): ServiceResult {
  const suggestions = nearestTopics(topics, name);
  return {
    ok: false,
    error: {
      code: 'unknown-topic',
      message: `No topic is named "${name}".${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
      suggestions,
    },
  };
}

function fail(code: UserError['code'], message: string): ServiceResult {
  return { ok: false, error: { code, message } };
}

function topicUsage(topics: readonly Topic[]): string {
  return `Name a topic, e.g. "brief ${topics[0]?.slug ?? '<topic>'}". Topics: ${topics.map((t) => t.slug).join(', ') || '(none defined)'}.`;
}

/** What to ask instead of nothing: a question on the first configured topic, when there is one. */
function emptyQuestionHint(topics: readonly Topic[]): string {
  const example = topics[0] ? `What is new on ${topics[0].title}?` : 'What did the minister say?';
  return `The question is empty: ask something, e.g. "${example}"`;
}

function nothingFound(kind: AnswerKind, what: string): string {
  if (kind === 'digest') return 'Nothing new on this topic.';
  const shown = what.length > 80 ? `${what.slice(0, 77)}...` : what;
  return `Nothing in the corpus answers "${shown}". Try other words, or a topic brief.`;
}

/**
 * True when the article entered the corpus or was published at or after `since`. An article
 * without a published date is new by when it entered, so it is never left out for lack of a date.
 */
export function isNewSince(
  article: Article,
  since: Date,
  enteredAt: (article: Article) => string | null = (a) => a.fetchedAt,
): boolean {
  const entered = enteredAt(article);
  if (entered && Date.parse(entered) >= since.getTime()) return true;
  if (article.published && article.published >= since.toISOString().slice(0, 10)) return true;
  return false;
}

/**
 * How many (new) articles a digest covers, how many of them have no published date (new by when
 * they entered the corpus), and how many it cites when that is fewer.
 */
function digestNote(
  topic: Topic,
  since: Date | undefined,
  covered: readonly Article[],
  answer: Answer,
): string {
  const count = covered.length;
  const plural = count === 1 ? '' : 's';
  const parts = [
    since
      ? `${count} new article${plural} on ${topic.title} since ${since.toISOString().slice(0, 10)}`
      : `${count} article${plural} on ${topic.title}`,
  ];
  const undated = covered.filter((a) => !a.published).length;
  if (since && undated > 0) {
    const who =
      undated === count
        ? count === 1
          ? 'it has'
          : 'none of them has'
        : `${undated} ${undated === 1 ? 'has' : 'have'}`;
    const them = undated === 1 ? 'it' : 'they';
    parts.push(
      `${who} ${undated === count && count > 1 ? 'a' : 'no'} published date, so ${them} ${undated === 1 ? 'is' : 'are'} new by when ${them} entered the corpus`,
    );
  }
  const ids = new Set(covered.map((a) => a.id));
  const cited = answer.sources.filter((s) => ids.has(s.id)).length;
  if (cited < count) parts.push(`${cited} of them cited`);
  return `${parts.join('; ')}.`;
}

/**
 * Each bullet and flag of a brief with its development, numbered in the brief's order; flags
 * ordered by the development they concern. A citation belongs to the development holding its
 * sentence; a flag to the first (in brief order) of its sides' developments.
 */
function byDevelopment(
  finished: { bullets: Answer['bullets']; flags: Answer['flags'] & object },
  drafts: readonly DraftBullet[],
  flagDrafts: readonly { sides: readonly { citations: readonly DraftBullet['citations'][number][] }[] }[],
  developments: readonly Development[],
): { bullets: Answer['bullets']; flags: NonNullable<Answer['flags']> } {
  const home = (c: DraftBullet['citations'][number]) =>
    developments.findIndex((d) =>
      d.members.some(
        (m) =>
          m.article.id === c.articleId &&
          (m.sentence.text.includes(c.quote) || c.quote.includes(m.sentence.text)),
      ),
    );
  const number = new Map<number, number>();
  const numberOf = (d: number) => {
    if (d < 0) return undefined;
    if (!number.has(d)) number.set(d, number.size + 1);
    return number.get(d);
  };
  const bullets = finished.bullets.map((b, i) => {
    const n = numberOf(drafts[i]?.citations.map(home).find((d) => d >= 0) ?? -1);
    return n ? { ...b, development: n } : b;
  });
  const flags = finished.flags
    .map((f, i) => {
      const ds = (flagDrafts[i]?.sides ?? [])
        .flatMap((s) => s.citations.map(home))
        .filter((d) => d >= 0 && number.has(d))
        .map((d) => number.get(d)!);
      return ds.length > 0 ? { ...f, development: Math.min(...ds) } : f;
    })
    .map((f, i) => ({ f, i }))
    .sort((x, y) => (x.f.development ?? Infinity) - (y.f.development ?? Infinity) || x.i - y.i)
    .map((x) => x.f);
  return { bullets, flags };
}

/**
 * "Based on 5 articles from 3 outlets." / "Based on 5 articles: 3 outlets, 2 without a named
 * outlet.": what a brief rests on. An article without a named outlet is not counted as one.
 */
function restsOn(sources: readonly Source[], get: (id: string) => Article | undefined): string {
  const articles = sources.map((s) => get(s.id)).filter((a): a is Article => a !== undefined);
  const outlets = countOutlets(articles.filter((a) => a.publisher));
  const unnamed = articles.filter((a) => !a.publisher).length;
  const counted = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const named = `${outlets} outlet${outlets === 1 ? '' : 's'}`;
  if (unnamed === 0) return `Based on ${counted} from ${named}.`;
  if (outlets === 0) return `Based on ${counted} without a named outlet.`;
  return `Based on ${counted}: ${named}, ${unnamed} without a named outlet.`;
}

/** Numbers sources in order of first citation, so [1] is the first thing the reader sees cited. */
function numberSources(
  drafts: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): { bullets: Answer['bullets']; sources: Source[] } {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  const bullets = drafts.map((d) => ({
    text: d.text,
    citations: d.citations.map((c) => {
      let n = numbers.get(c.articleId);
      if (n === undefined) {
        const a = get(c.articleId)!;
        n = sources.length + 1;
        numbers.set(c.articleId, n);
        sources.push({
          n,
          id: a.id,
          title: a.title,
          publisher: a.publisher,
          published: a.published,
          url: a.url,
          path: a.path,
        });
      }
      return { source: n, quote: c.quote };
    }),
  }));
  return { bullets, sources };
}

/** The sentences a verified draft cites: a quote may be a whole sentence or a part of one. */
function shownKeys(drafts: readonly DraftBullet[], get: (id: string) => Article | undefined): string[] {
  const keys = new Set<string>();
  for (const d of drafts) {
    for (const c of d.citations) {
      const article = get(c.articleId);
      if (!article) continue;
      const q = normalizeForMatch(c.quote);
      for (const s of article.sentences) {
        const t = normalizeForMatch(s.text);
        if (t.includes(q) || q.includes(t)) keys.add(sentenceKey(s));
      }
    }
  }
  return [...keys].sort();
}

/** The plan's kind of answer, when the thread settled it (planQuestion), over the words' own. */
function withAnswerType(analysis: QuestionAnalysis, type: AnswerType | undefined): QuestionAnalysis {
  return type ? { ...analysis, answerType: type } : analysis;
}
