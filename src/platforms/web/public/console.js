/**
 * briefbot web console: plain browser JavaScript, no build step. Sends `/brief`, `/digest` and
 * questions to the JSON API, renders cited bullets, and shows a cited article with its quoted
 * sentence highlighted. Article text is untrusted: it is only ever inserted with textContent.
 */

const $ = (id) => document.getElementById(id);
const log = $('log');
const form = $('ask-form');
const prompt = $('prompt');
const sendButton = $('send');
const topicList = $('topics');
const article = $('article');

/**
 * One conversation = one thread id; the server keeps its memory and what was shown under this id.
 * The id is in the address (#c-...), so a reload, a bookmark or another tab continues it.
 */
const resumed = threadFromAddress();
let threadId = resumed ?? newThreadId();
let topics = [];
const sourceCache = new Map();
/** The marker whose article is open, to give focus back when the article is closed. */
let openMarker = null;

/** Random id from getRandomValues, which (unlike randomUUID) also works on plain-http LAN addresses. */
function newThreadId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `c-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function threadFromAddress() {
  const id = decodeURIComponent(location.hash.slice(1));
  return /^[A-Za-z0-9._:-]{1,128}$/.test(id) ? id : null;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function showStatus(answer) {
  const mode =
    answer.mode === 'llm'
      ? 'Mode: LLM'
      : `Mode: offline${answer.fallbackReason ? ` — ${answer.fallbackReason}` : ''}`;
  $('status-mode').textContent = mode;
}

function showThread() {
  const status = $('status-thread');
  status.textContent = `Conversation ${threadId.slice(2, 10)}`;
  status.dataset.thread = threadId;
  log.dataset.thread = threadId;
  if (location.hash !== `#${threadId}`) history.replaceState(null, '', `#${threadId}`);
}

function addMessage(node) {
  log.append(node);
  node.scrollIntoView({ block: 'nearest' });
  return node;
}

async function callApi(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    return { ok: false, message: 'The server cannot be reached. Is briefbot still running?' };
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    return { ok: false, message: `The server answered ${response.status} without JSON.` };
  }
  if (!response.ok) {
    const error = body?.error ?? {};
    return {
      ok: false,
      message: error.message ?? `The server answered ${response.status}.`,
      suggestions: error.suggestions ?? [],
      code: error.code,
    };
  }
  return { ok: true, body };
}

/** Outlet and date of a source (its `dateLabel`, as every surface words it), in the source list and the article panel. */
function sourceFacts(source) {
  return [source.publisher ?? 'publisher unknown', source.dateLabel ?? 'date unknown'];
}

function postJson(path, payload) {
  return callApi(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

/* ---------- rendering answers ---------- */

function citationButton(answer, citation) {
  const source = answer.sources.find((s) => s.n === citation.source);
  const label = source ? `Source ${citation.source}: ${source.title}` : `Source ${citation.source}`;
  const button = el('button', {
    type: 'button',
    class: 'cite',
    text: `[${citation.source}]`,
    'aria-label': `${label}. Show the quoted sentence in the article`,
    'aria-pressed': 'false',
    title: citation.quote,
  });
  button.addEventListener('click', () => {
    if (source) void openArticle(source, citation, button);
  });
  return button;
}

/* ---------- dates and timelines: worded by the server (the answer's dateLabel, dateNote, timeline) ---------- */

/** "3 outlets", or "single source" for a claim only one outlet makes. */
function outletText(outlets) {
  if (outlets === undefined) return null;
  return outlets > 1 ? `${outlets} outlets` : 'single source';
}

/**
 * One bullet: who it is about (timeline), its text, its citations, its date (beside the quote,
 * never inside it) and how many outlets back it.
 */
function bulletItem(answer, bullet, { date, who }) {
  const li = el('li', { class: 'bullet' });
  if (who && bullet.label) li.append(el('strong', { class: 'bullet-label', text: `${bullet.label} — ` }));
  li.append(el('span', { class: 'bullet-text', text: bullet.text }), document.createTextNode(' '));
  for (const citation of bullet.citations) li.append(citationButton(answer, citation));
  if (date) li.append(el('span', { class: 'bullet-date', text: ` (${date})` }));
  const outlets = outletText(bullet.outlets);
  const kind = who ? bullet.dateNote : null;
  const meta = [outlets, kind ? `date ${kind}` : null].filter(Boolean).join(' · ');
  if (meta) li.append(el('span', { class: 'bullet-outlets note', text: ` ${meta}` }));
  li.dataset.outlets = String(bullet.outlets ?? '');
  return li;
}

/** A timeline answer, as its `timeline` groups it: each episode a heading, then each day with its events. */
function renderTimeline(answer) {
  const box = el('div', { class: 'timeline', 'aria-label': 'Timeline' });
  for (const episode of answer.timeline) {
    const section = el('section', { class: 'episode' }, [
      el('h3', { class: 'episode-label', text: episode.label }),
    ]);
    for (const day of episode.days) {
      // An empty label: the day is the whole episode ("2021" under "2021"), so no second heading.
      if (day.label) section.append(el('h4', { class: 'day-label', text: day.label }));
      const list = el('ul', { class: 'bullets' });
      for (const i of day.bullets) list.append(bulletItem(answer, answer.bullets[i], { who: true }));
      section.append(list);
    }
    box.append(section);
  }
  return box;
}

function renderAnswer(answer) {
  const item = el('li', { class: `msg bot ${answer.kind}` });
  item.dataset.kind = answer.kind;
  if (answer.view) item.dataset.view = answer.view;
  // The direct answer first, its markers opening the quoted sentence like a bullet's do.
  if (answer.lead) {
    const lead = el('p', { class: 'lead' }, [el('strong', { text: answer.lead.text })]);
    lead.append(document.createTextNode(' '));
    for (const citation of answer.lead.citations) lead.append(citationButton(answer, citation));
    item.append(lead);
  }
  if (answer.note) item.append(el('p', { class: 'note', text: answer.note }));
  if (answer.bullets.length === 0 && !answer.note) {
    item.append(el('p', { class: 'note', text: 'Nothing in the corpus answers this.' }));
  }
  if (answer.bullets.length > 0 && answer.view === 'timeline' && answer.timeline) {
    item.append(renderTimeline(answer));
  } else if (answer.bullets.length > 0) {
    const list = el('ul', { class: 'bullets' });
    for (const bullet of answer.bullets) {
      list.append(bulletItem(answer, bullet, { date: bullet.dateLabel }));
    }
    item.append(list);
  }
  if (answer.flags && answer.flags.length > 0) {
    const flags = el('div', { class: 'flags' }, [el('strong', { text: 'Sources disagree' })]);
    for (const flag of answer.flags) {
      const p = el('p', { class: 'flag' });
      if (flag.sides && flag.subject) {
        // Each version with its own citations: "Naylor's visit: three days [1][3] vs four days [2]".
        p.append(document.createTextNode(`${flag.subject}: `));
        flag.sides.forEach((side, i) => {
          if (i > 0) p.append(document.createTextNode(' vs '));
          p.append(el('span', { class: 'flag-side', text: `${side.value} ` }));
          for (const citation of side.citations) p.append(citationButton(answer, citation));
        });
      } else {
        p.append(document.createTextNode(`${flag.text} `));
        for (const citation of flag.citations) p.append(citationButton(answer, citation));
      }
      flags.append(p);
    }
    item.append(flags);
  }
  if (answer.names && answer.names.length > 0) {
    const names = answer.names.map((n) => `${n.name} (also ${n.variants.join(', ')})`).join('; ');
    item.append(el('p', { class: 'note names', text: `Names: ${names}` }));
  }
  if (answer.sources.length > 0) {
    const sources = el('ol', { class: 'sources', 'aria-label': 'Sources' });
    for (const source of answer.sources) {
      // Each source opens its article, as its [n] markers do (without a sentence to highlight).
      const button = el('button', {
        type: 'button',
        class: 'source',
        text: [source.title, ...sourceFacts(source)].join(' — '),
        'aria-label': `Open source ${source.n}: ${source.title}`,
        'aria-pressed': 'false',
      });
      button.addEventListener('click', () => void openArticle(source, null, button));
      const li = el('li', { value: String(source.n) }, [button]);
      if (!source.published && source.publishedInferred) li.title = source.publishedInferred.basis;
      sources.append(li);
    }
    item.append(sources);
  }
  const kind =
    answer.view === 'timeline'
      ? 'Timeline'
      : ({ brief: 'Brief', answer: 'Answer', digest: 'Digest preview' }[answer.kind] ?? answer.kind);
  const about = answer.topic ? ` · ${answer.topic}` : '';
  item.append(el('p', { class: 'meta-line', text: `${kind}${about} · ${answer.mode}` }));
  return item;
}

/** An error; suggested topics become buttons that repeat the command (`/brief` or `/digest`) with them. */
function renderError(result, command = 'brief') {
  const item = el('li', { class: 'msg error', role: 'alert' }, [el('p', { text: result.message })]);
  if (result.suggestions && result.suggestions.length > 0) {
    const row = el('div', { class: 'suggestions' }, [el('span', { text: 'Did you mean:' })]);
    for (const slug of result.suggestions) {
      row.append(el('button', { type: 'button', text: slug, onclick: () => run(`/${command} ${slug}`) }));
    }
    item.append(row);
  }
  return item;
}

/* ---------- the article panel ---------- */

async function fetchSource(id) {
  if (sourceCache.has(id)) return { ok: true, body: sourceCache.get(id) };
  const result = await callApi(`/api/sources/${encodeURIComponent(id)}`);
  if (result.ok) sourceCache.set(id, result.body);
  return result;
}

/**
 * Opens a source's article; with a citation, marks its quote where the server found it (the
 * citation's `at`: paragraph and character range), so the browser never matches text itself.
 */
async function openArticle(source, citation, marker) {
  const result = await fetchSource(source.id);
  const body = $('article-body');
  const note = $('article-note');
  article.hidden = false;
  if (openMarker) openMarker.setAttribute('aria-pressed', 'false');
  openMarker = marker;
  marker.setAttribute('aria-pressed', 'true');
  body.replaceChildren();
  if (!result.ok) {
    $('article-title').textContent = source.title;
    $('article-meta').textContent = '';
    note.hidden = false;
    note.textContent = result.message;
    return;
  }
  const view = result.body;
  $('article-title').textContent = view.title;
  // The answer's own source entry, so outlet and date read exactly as in its source list.
  $('article-meta').textContent = [...sourceFacts(source), `source [${source.n}]`].join(' · ');
  const at = citation?.at;
  const found = at && at.paragraph < view.paragraphs.length ? at : null;
  note.hidden = !citation || found !== null;
  note.textContent = citation && !found ? 'The quoted sentence was not found in this article.' : '';
  let mark = null;
  for (const [index, paragraph] of view.paragraphs.entries()) {
    const p = el('p');
    if (found && found.paragraph === index) {
      mark = el('mark', { class: 'quote', tabindex: '-1', text: paragraph.slice(found.start, found.end) });
      p.append(paragraph.slice(0, found.start), mark, paragraph.slice(found.end));
    } else {
      p.textContent = paragraph;
    }
    body.append(p);
  }
  if (view.url) {
    const link = el('a', {
      href: view.url,
      rel: 'noopener noreferrer',
      target: '_blank',
      text: 'Original article',
    });
    body.append(el('p', {}, [link]));
  }
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else {
    body.scrollTop = 0;
    $('article-title').focus({ preventScroll: true });
  }
}

function closeArticle() {
  article.hidden = true;
  if (openMarker) {
    openMarker.setAttribute('aria-pressed', 'false');
    if (openMarker.isConnected) openMarker.focus();
  }
  openMarker = null;
}

/* ---------- commands ---------- */

const HELP = [
  '/brief <topic> — a cited brief on a topic (starts or continues this conversation)',
  '/timeline <topic> (or /brief <topic> timeline) — the topic’s dated events in order, with where outlets disagree',
  '/digest <topic> [since YYYY-MM-DD] — preview the topic’s digest',
  '/new — start a new conversation; earlier ones are under “Earlier conversations”',
  '/subscriptions — the digest subscriptions panel (list, add, remove)',
  'Anything else is a question; follow-ups keep the conversation’s context.',
];

function parseCommand(text) {
  const match = /^\/(\w+)\s*(.*)$/s.exec(text);
  if (!match) return { kind: 'ask', question: text };
  const [, name, rest] = match;
  const arg = rest.trim();
  switch (name.toLowerCase()) {
    case 'brief': {
      const timeline = /^(.+?)\s+timeline$/i.exec(arg);
      if (timeline) return { kind: 'brief', topic: timeline[1], timeline: true };
      return arg ? { kind: 'brief', topic: arg } : { kind: 'usage', message: 'Usage: /brief <topic>' };
    }
    case 'timeline':
      return arg
        ? { kind: 'brief', topic: arg, timeline: true }
        : { kind: 'usage', message: 'Usage: /timeline <topic>' };
    case 'digest': {
      const [topic, since] = arg.split(/\s+/);
      return topic ? { kind: 'digest', topic, since } : { kind: 'usage', message: 'Usage: /digest <topic>' };
    }
    case 'new':
      return { kind: 'new' };
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return { kind: 'subscriptions' };
    case 'help':
      return { kind: 'help' };
    default:
      return { kind: 'usage', message: `Unknown command /${name}. Try /help.` };
  }
}

async function request(command) {
  switch (command.kind) {
    case 'brief':
      return postJson('/api/brief', {
        topic: command.topic,
        thread: threadId,
        ...(command.timeline ? { timeline: true } : {}),
      });
    case 'ask':
      return postJson('/api/ask', { question: command.question, thread: threadId });
    case 'digest': {
      const query = command.since ? `?since=${encodeURIComponent(command.since)}` : '';
      return callApi(`/api/digest/${encodeURIComponent(command.topic)}${query}`);
    }
  }
  return { ok: false, message: 'Nothing to send.' };
}

let busy = false;

async function run(text) {
  const trimmed = text.trim();
  if (trimmed === '' || busy) return;
  const command = parseCommand(trimmed);
  if (command.kind === 'new') {
    newConversation();
    return;
  }
  if (command.kind === 'subscriptions') {
    openSubscriptions();
    return;
  }
  addMessage(el('li', { class: 'msg user', text: trimmed }));
  if (command.kind === 'help') {
    addMessage(
      el(
        'li',
        { class: 'msg hint' },
        HELP.map((line) => el('div', { text: line })),
      ),
    );
    return;
  }
  if (command.kind === 'usage') {
    addMessage(
      renderError({ message: `${command.message} Topics: ${topics.map((t) => t.slug).join(', ')}` }),
    );
    return;
  }
  busy = true;
  sendButton.disabled = true;
  log.setAttribute('aria-busy', 'true');
  const pending = addMessage(el('li', { class: 'msg pending', text: 'Working on it…' }));
  try {
    const result = await request(command);
    if (result.ok) {
      pending.replaceWith(renderAnswer(result.body));
      showStatus(result.body);
      if (command.kind !== 'digest') void loadConversations();
    } else {
      pending.replaceWith(renderError(result, command.kind === 'digest' ? 'digest' : 'brief'));
    }
    log.lastElementChild?.scrollIntoView({ block: 'nearest' });
  } finally {
    busy = false;
    sendButton.disabled = false;
    log.removeAttribute('aria-busy');
  }
}

function newConversation() {
  threadId = newThreadId();
  closeArticle();
  log.replaceChildren(
    el('li', { class: 'msg hint', text: 'New conversation. Start with /brief <topic> or a question.' }),
  );
  showThread();
  markCurrentConversation();
  prompt.focus();
}

/* ---------- earlier conversations (kept by the server) ---------- */

/** The words a request was typed as, to show it again above its answer. */
function requestText(request) {
  if (request.kind === 'ask') return request.text;
  return request.timeline ? `/timeline ${request.text}` : `/brief ${request.text}`;
}

/** Re-draws a kept conversation and continues it: the next question goes to the same thread. */
async function openConversation(id) {
  const result = await callApi(`/api/conversations/${encodeURIComponent(id)}`);
  threadId = id;
  closeArticle();
  showThread();
  markCurrentConversation();
  if (!result.ok) {
    log.replaceChildren(
      el('li', { class: 'msg hint', text: 'New conversation. Start with /brief <topic> or a question.' }),
    );
    return;
  }
  log.replaceChildren(
    el('li', { class: 'msg hint', text: 'Continuing an earlier conversation; follow-ups keep its context.' }),
  );
  for (const entry of result.body.entries) {
    log.append(el('li', { class: 'msg user', text: requestText(entry.request) }));
    log.append(renderAnswer(entry.answer));
  }
  const last = result.body.entries.at(-1);
  if (last) showStatus(last.answer);
  log.lastElementChild?.scrollIntoView({ block: 'nearest' });
}

function markCurrentConversation() {
  for (const button of $('conversations').querySelectorAll('button')) {
    button.setAttribute('aria-current', button.dataset.thread === threadId ? 'true' : 'false');
  }
}

async function loadConversations() {
  const result = await callApi('/api/conversations');
  if (!result.ok) return;
  const list = $('conversations');
  list.replaceChildren();
  for (const c of result.body.conversations) {
    const when = new Date(c.updatedAt).toLocaleString();
    const button = el('button', {
      type: 'button',
      text: `${c.title} · ${c.turns} ${c.turns === 1 ? 'answer' : 'answers'} · ${when}`,
      onclick: () => void openConversation(c.thread),
    });
    button.dataset.thread = c.thread;
    list.append(el('li', {}, [button]));
  }
  $('conversations-empty').hidden = result.body.conversations.length > 0;
  markCurrentConversation();
}

/* ---------- digest subscriptions (the same checks as the CLI, made by the server) ---------- */

function subscriptionStatus(text, isError = false) {
  const status = $('subscriptions-status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function cadenceText(cadence) {
  return cadence.kind === 'weekly' ? `weekly on ${cadence.day}` : cadence.kind;
}

async function loadSubscriptions() {
  const result = await callApi('/api/subscriptions');
  const list = $('subscriptions');
  list.replaceChildren();
  if (!result.ok) {
    subscriptionStatus(result.message, true);
    return;
  }
  const subs = result.body.subscriptions;
  if (subs.length === 0) subscriptionStatus('No digest subscriptions yet.');
  for (const sub of subs) {
    const what = `${sub.platform} ${sub.channel}: ${sub.topic}, ${cadenceText(sub.cadence)} at ${sub.time} ${sub.timeZone}`;
    const remove = el('button', {
      type: 'button',
      text: 'Remove',
      'aria-label': `Remove ${what}`,
      onclick: () => void removeSubscription(sub),
    });
    list.append(el('li', { class: 'subscription' }, [el('span', { text: what }), remove]));
  }
}

async function removeSubscription(sub) {
  const result = await postJson('/api/subscriptions/remove', {
    platform: sub.platform,
    channel: sub.channel,
    topic: sub.topic,
  });
  await loadSubscriptions();
  subscriptionStatus(result.ok ? result.body.message : result.message, !result.ok);
}

async function addSubscription(event) {
  event.preventDefault();
  const result = await postJson('/api/subscriptions', {
    platform: $('sub-platform').value,
    channel: $('sub-channel').value,
    subscription: $('sub-words').value,
  });
  await loadSubscriptions();
  subscriptionStatus(result.ok ? result.body.message : result.message, !result.ok);
  if (result.ok) $('sub-words').value = '';
}

function openSubscriptions() {
  const panel = $('subscriptions-panel');
  panel.open = true;
  void loadSubscriptions();
  $('sub-channel').focus();
}

async function loadTopics() {
  const result = await callApi('/api/topics');
  if (!result.ok) {
    addMessage(renderError({ message: `Topics could not be loaded: ${result.message}` }));
    return;
  }
  topics = result.body.topics;
  // The subscription example names a topic this console really has.
  if (topics[0]) $('sub-words').placeholder = `${topics[0].slug} daily 08:00 Asia/Tokyo`;
  topicList.replaceChildren();
  for (const topic of topics) {
    const brief = el('button', {
      type: 'button',
      class: 'brief',
      text: topic.slug,
      title: topic.description ?? topic.title,
      'aria-label': `Brief: ${topic.title}`,
      onclick: () => run(`/brief ${topic.slug}`),
    });
    const digest = el('button', {
      type: 'button',
      class: 'digest',
      text: 'digest',
      'aria-label': `Digest preview: ${topic.title}`,
      onclick: () => run(`/digest ${topic.slug}`),
    });
    const timeline = el('button', {
      type: 'button',
      class: 'timeline-view',
      text: 'timeline',
      'aria-label': `Timeline: ${topic.title}`,
      onclick: () => run(`/timeline ${topic.slug}`),
    });
    topicList.append(el('li', { class: 'topic' }, [brief, timeline, digest]));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = prompt.value;
  if (busy || text.trim() === '') return;
  prompt.value = '';
  void run(text);
});
$('new-conversation').addEventListener('click', newConversation);
$('subscribe-form').addEventListener('submit', (event) => void addSubscription(event));
$('subscriptions-panel').addEventListener('toggle', () => {
  if ($('subscriptions-panel').open) void loadSubscriptions();
});
window.addEventListener('hashchange', () => {
  const id = threadFromAddress();
  if (id && id !== threadId) void openConversation(id);
});
$('article-close').addEventListener('click', closeArticle);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !article.hidden) closeArticle();
});

showThread();
void loadTopics();
// A reload (or a link to #c-...) continues the conversation in the address.
if (resumed) void openConversation(resumed);
void loadConversations();
