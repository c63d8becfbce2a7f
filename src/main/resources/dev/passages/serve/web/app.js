// The passages page: reads the state from the URL, asks the JSON API, and builds the DOM with text nodes only
// (no markup is ever parsed from a string): every string from the corpus is shown as text, and only http(s) URLs become links.
'use strict';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The URL of the page in state `s` (a plain object of query parameters). */
function pageUrl(s) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) {
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
    else if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const q = p.toString();
  return q ? '?' + q : location.pathname;
}

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    view: p.get('view') || '',
    id: p.get('id') || '',
    name: p.get('name') || '',
    q: p.get('q') || '',
    speaker: p.getAll('speaker'),
    from: p.get('from') || '',
    to: p.get('to') || '',
    sort: p.get('sort') || '',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
  };
}

/** A link inside the page: a real href (so it opens in a new tab too), followed without a reload. */
function link(s, ...children) {
  const a = el('a', { href: pageUrl(s) }, ...children);
  a.addEventListener('click', (ev) => {
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    go(s);
  });
  return a;
}

function go(s) {
  history.pushState(null, '', pageUrl(s));
  render();
}

/** The search part of a state, without view or page. */
function searchOf(s) {
  return { q: s.q, speaker: s.speaker, from: s.from, to: s.to, sort: s.sort };
}

function apiUrl(path, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
    else if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  }
  return path + '?' + p.toString();
}

async function api(path, params) {
  const r = await fetch(apiUrl(path, params || {}), { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) {
    const err = new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    err.status = r.status;
    throw err;
  }
  return body;
}

/** A URL from the corpus as a link when it is http or https; else as text. */
function outLink(url, text) {
  let parsed = null;
  try { parsed = new URL(url); } catch (e) { parsed = null; }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', class: 'out' }, text || url);
  }
  return el('span', { class: 'out' }, text || url);
}

/** The text with its highlight spans [start, end) as <mark> elements, everything else as text nodes. */
function marked(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of spans || []) {
    if (start < at || end > text.length || start >= end) continue;
    frag.append(document.createTextNode(text.slice(at, start)), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

function speakerLinks(speakers) {
  if (!speakers || speakers.length === 0) return null;
  return el('p', { class: 'speakers' }, 'Speakers: ', speakers.map((s, i) => [
    i ? '; ' : '',
    link({ view: 'speaker', name: s.name }, s.name),
    el('span', { class: 'cue' }, ' (' + s.type + ', ' + s.cue + ': \u201c' + s.trigger + '\u201d)'),
  ]));
}

function meta(h) {
  return el('p', { class: 'meta' },
    el('span', { class: 'date' }, h.date || 'no date'),
    h.source ? [' \u00b7 ', el('span', { class: 'source' }, h.source)] : null,
    ' \u00b7 \u00b6' + h.paragraph);
}

function hitItem(h, s) {
  return el('li', { class: 'hit', 'data-id': h.id },
    el('h3', {}, link({ view: 'article', id: h.article, ...searchOf(s) }, h.title || h.article)),
    meta(h),
    el('p', { class: 'text' }, marked(h.text, h.highlights)),
    speakerLinks(h.speakers),
    h.also_reported_by && h.also_reported_by.length
      ? el('p', { class: 'copies' }, 'Also reported by: ', h.also_reported_by.map((c, i) => [i ? '; ' : '', c.source || c.article]))
      : null,
    el('p', { class: 'actions' },
      link({ view: 'passage', id: h.id, ...searchOf(s) }, 'in context'), ' \u00b7 ',
      link({ view: 'similar', id: h.id, ...searchOf(s) }, 'similar passages'),
      h.url ? [' \u00b7 ', outLink(h.url, 'original')] : null));
}

function fillForm(s) {
  $('q').value = s.q;
  $('from').value = s.from;
  $('to').value = s.to;
  $('sort').value = s.sort || 'relevance';
}

function showError(where, e) {
  clear(where);
  where.append(el('p', { class: 'error', role: 'alert' }, e.message));
}

function filterChips(s) {
  const box = $('filters');
  clear(box);
  const chips = [];
  s.speaker.forEach((name) => chips.push(['speaker: ' + name, { ...s, speaker: s.speaker.filter((x) => x !== name), page: 1 }]));
  if (s.from) chips.push(['from ' + s.from, { ...s, from: '', page: 1 }]);
  if (s.to) chips.push(['to ' + s.to, { ...s, to: '', page: 1 }]);
  for (const [label, without] of chips) {
    box.append(el('span', { class: 'chip' }, label, ' ', link({ ...without, view: '' }, el('span', { 'aria-label': 'remove ' + label }, '\u00d7'))));
  }
}

let speakerFacets = [];

function drawSpeakerFacets(s) {
  const list = $('speaker-facets');
  clear(list);
  const f = $('speaker-filter').value.trim().toLowerCase();
  const shown = speakerFacets.filter((x) => !f || x.name.toLowerCase().includes(f));
  for (const sp of shown.slice(0, 30)) {
    list.append(el('li', {},
      link({ ...searchOf(s), speaker: s.speaker.includes(sp.name) ? s.speaker : [...s.speaker, sp.name] }, sp.name),
      el('span', { class: 'count' }, String(sp.count))));
  }
  if (shown.length === 0) list.append(el('li', { class: 'none' }, 'none'));
}

/** A query with one more required outlet, quoted for the query syntax. */
function withSource(q, name) {
  const quoted = '"' + name.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  return (q ? q + ' ' : '') + '+source:' + quoted;
}

function drawFacets(s, f) {
  speakerFacets = f.speakers;
  drawSpeakerFacets(s);
  const list = $('source-facets');
  clear(list);
  for (const so of f.sources.slice(0, 30)) {
    list.append(el('li', {}, link({ ...searchOf(s), q: withSource(s.q, so.name) }, so.name),
      el('span', { class: 'count' }, String(so.count))));
  }
  if (f.sources.length === 0) list.append(el('li', { class: 'none' }, 'none'));
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}

/** The months from the first period to the last, those without a match at 0: the bars keep time evenly. */
function everyMonth(periods) {
  if (!periods.length || periods[0].period.length !== 7) return periods;
  const count = new Map(periods.map((p) => [p.period, p.count]));
  const out = [];
  let [y, m] = periods[0].period.split('-').map(Number);
  const last = periods[periods.length - 1].period;
  for (let i = 0; i < 1200; i++) {
    const label = y + '-' + String(m).padStart(2, '0');
    out.push({ period: label, count: count.get(label) || 0 });
    if (label >= last) break;
    m = m === 12 ? 1 : m + 1;
    y = m === 1 ? y + 1 : y;
  }
  return out;
}

function drawTimeline(s, h) {
  const box = $('timeline');
  clear(box);
  if (!h.periods.length) return;
  const periods = everyMonth(h.periods);
  const max = Math.max(...periods.map((p) => p.count));
  const bars = el('div', { class: 'bars', role: 'list' });
  for (const p of periods) {
    const bar = el('span', { class: 'bar' });
    bar.style.height = (p.count ? Math.max(2, Math.round(60 * p.count / max)) : 0) + 'px';
    const a = link({ ...searchOf(s), from: p.period, to: lastDay(p.period) },
      bar, el('span', { class: 'visually-hidden' }, p.period + ': ' + p.count));
    a.title = p.period + ': ' + p.count + ' passage' + (p.count === 1 ? '' : 's');
    a.setAttribute('role', 'listitem');
    bars.append(a);
  }
  box.append(bars, el('p', { class: 'axis' }, el('span', {}, periods[0].period), el('span', {}, periods[periods.length - 1].period)));
}

async function renderSearch(s) {
  $('results').hidden = false;
  $('document').hidden = true;
  const hits = $('hits');
  const params = { q: s.q, speaker: s.speaker, from: s.from, to: s.to, sort: s.sort };
  const anything = s.q || s.speaker.length || s.from || s.to;
  clear(hits);
  // the notes of the search before this one go with its hits
  hits.parentNode.querySelectorAll(':scope > p.note').forEach((n) => n.remove());
  clear($('pager'));
  clear($('exports'));
  clear($('timeline'));
  if (!anything) {
    $('summary').textContent = 'Type a query, or pick a speaker.';
    try {
      const sp = await api('/api/speakers', { limit: 50 });
      drawFacets(s, { speakers: sp.speakers.map((x) => ({ key: x.key, name: x.name, count: x.paragraphs })), sources: [] });
    } catch (e) { showError($('speaker-facets'), e); }
    return;
  }
  $('summary').textContent = 'Searching\u2026';
  const offset = (s.page - 1) * PAGE_SIZE;
  const [result, hist, facets] = await Promise.allSettled([
    api('/api/search', { ...params, limit: PAGE_SIZE, offset }),
    api('/api/histogram', { ...params, by: 'month' }),
    api('/api/facets', { ...params, limit: 100 }),
  ]);
  if (result.status === 'rejected') {
    showError(hits, result.reason);
    $('summary').textContent = '';
    return;
  }
  const r = result.value;
  const shown = r.returned ? ' (showing ' + (offset + 1) + '\u2013' + (offset + r.returned) + ')' : '';
  $('summary').textContent = r.total + (r.total_exact ? '' : '+') + ' passage' + (r.total === 1 ? '' : 's') + ' match' + shown
    + (r.partial ? ' \u2014 the search ran out of time; more may match' : '');
  for (const note of r.notes || []) {
    hits.before(el('p', { class: 'note' }, note));
  }
  if (r.suggestion) {
    $('summary').append(' \u00b7 Did you mean ', link({ ...searchOf(s), q: r.suggestion }, r.suggestion), '?');
  }
  r.hits.forEach((h) => hits.append(hitItem(h, s)));
  hits.start = offset + 1;
  if (r.total > 0) {
    $('exports').append('Export: ',
      el('a', { href: apiUrl('/api/search', { ...params, format: 'csv' }), download: 'passages.csv', id: 'export-csv' }, 'CSV'), ' \u00b7 ',
      el('a', { href: apiUrl('/api/search', { ...params, format: 'jsonl' }), download: 'passages.jsonl', id: 'export-jsonl' }, 'JSONL'),
      el('span', { class: 'muted' }, ' (up to 10,000 passages)'));
  }
  const pager = $('pager');
  if (s.page > 1) pager.append(link({ ...s, page: s.page - 1 }, '\u2190 previous'));
  // a page less than full is the last, though the total counts copies folded into the hits shown
  if (r.returned === PAGE_SIZE && offset + r.returned < r.total) pager.append(link({ ...s, page: s.page + 1 }, 'next \u2192'));
  if (hist.status === 'fulfilled') drawTimeline(s, hist.value);
  if (facets.status === 'fulfilled') drawFacets(s, facets.value);
}

function paragraphItem(p, focus) {
  return el('li', { class: 'para' + (p.id === focus ? ' focus' : ''), value: p.paragraph, id: 'p' + p.paragraph },
    el('p', { class: 'text' }, p.text),
    speakerLinks(p.speakers));
}

function articleHead(a, s) {
  return [
    el('p', {}, link({ ...searchOf(s) }, '\u2190 back to the results')),
    el('h2', {}, a.title || a.article),
    el('p', { class: 'meta' }, el('span', { class: 'date' }, a.date || 'no date'),
      a.source ? [' \u00b7 ', el('span', { class: 'source' }, a.source)] : null,
      a.url ? [' \u00b7 ', outLink(a.url)] : null),
  ];
}

async function renderDocument(s) {
  $('results').hidden = true;
  const doc = $('document');
  doc.hidden = false;
  clear(doc);
  doc.append(el('p', {}, 'Loading\u2026'));
  try {
    if (s.view === 'article' || s.view === 'passage') {
      const a = s.view === 'article'
        ? await api('/api/article/' + encodeURIComponent(s.id))
        : await api('/api/passage/' + encodeURIComponent(s.id), { context: 3 });
      clear(doc);
      doc.append(...articleHead(a, s));
      if (s.view === 'passage') {
        doc.append(el('p', {}, 'Paragraphs ' + a.paragraphs[0].paragraph + '\u2013' + a.paragraphs[a.paragraphs.length - 1].paragraph
          + ' of ' + a.paragraph_count + ' \u00b7 ', link({ ...searchOf(s), view: 'article', id: a.article }, 'whole article')));
      }
      doc.append(el('ol', { class: 'paragraphs' }, a.paragraphs.map((p) => paragraphItem(p, a.id))));
    } else if (s.view === 'similar') {
      const r = await api('/api/similar/' + encodeURIComponent(s.id), { limit: 20 });
      clear(doc);
      doc.append(el('p', {}, link({ ...searchOf(s) }, '\u2190 back to the results')),
        el('h2', {}, 'Passages like ', link({ view: 'passage', id: s.id }, s.id)),
        el('ol', { class: 'hits' }, r.hits.map((h) => hitItem(h, {}))));
    } else if (s.view === 'speaker') {
      const [r, h, sp] = await Promise.all([
        // an organisation's page holds the passages of the people who hold a post in it too (a post's link leads
        // there, and the organisation need not speak itself); a person has no such people
        api('/api/search', { speaker: s.name, with_spokespeople: 1, sort: 'chronological', limit: 200 }),
        api('/api/histogram', { speaker: s.name, with_spokespeople: 1, by: 'month' }),
        api('/api/speakers', { prefix: s.name, limit: 50 }),
      ]);
      clear(doc);
      const tl = el('div', { class: 'timeline' });
      const me = sp.speakers.find((x) => x.name === s.name);
      const posts = me && me.affiliations ? me.affiliations : [];
      // '' where there are no posts: DOM append writes null as the text "null"
      doc.append(el('p', {}, link({}, '\u2190 new search')), el('h2', {}, s.name),
        posts.length === 0 ? '' : el('p', { class: 'meta affiliations' }, 'Posts: ', posts.map((a, i) => [i ? '; ' : '',
          a.role + ' of ', link({ view: 'speaker', name: a.organisation }, a.organisation),
          ' (' + a.articles + ' article' + (a.articles === 1 ? '' : 's') + ')'])),
        el('p', { class: 'meta' }, r.total + ' passage' + (r.total === 1 ? '' : 's') + ', oldest first',
          ' \u00b7 ', link({ speaker: [s.name] }, 'search within them')), tl);
      drawTimelineInto(tl, { speaker: [s.name] }, h);
      doc.append(el('ol', { class: 'hits' }, r.hits.map((x) => hitItem(x, { speaker: [s.name] }))));
    }
    doc.focus();
  } catch (e) {
    showError(doc, e);
  }
}

function drawTimelineInto(box, s, h) {
  const real = $('timeline');
  real.id = '';
  box.id = 'timeline';
  drawTimeline({ q: '', speaker: [], from: '', to: '', sort: '', ...s }, h);
  box.id = '';
  real.id = 'timeline';
}

/** Draws the page for the URL's state; body[data-ready] is 'true' once it has (tests wait for it). */
async function render() {
  document.body.dataset.ready = 'false';
  const s = readState();
  fillForm(s);
  filterChips(s);
  document.title = (s.q ? s.q + ' \u2014 ' : '') + 'passages';
  // a view this page does not know (a mistyped link) shows the search, not a page loading for ever
  if (['article', 'passage', 'similar', 'speaker'].includes(s.view)) await renderDocument(s);
  else await renderSearch(s);
  document.body.dataset.ready = 'true';
  if (performance.getEntriesByName('passages-rendered').length === 0) performance.mark('passages-rendered');
}

document.addEventListener('DOMContentLoaded', () => {
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const s = readState();
    go({ q: $('q').value.trim(), speaker: s.speaker, from: $('from').value.trim(), to: $('to').value.trim(), sort: $('sort').value === 'relevance' ? '' : $('sort').value });
  });
  $('sort').addEventListener('change', () => $('search').requestSubmit());
  $('speaker-filter').addEventListener('input', () => drawSpeakerFacets(readState()));
  window.addEventListener('popstate', render);
  render();
});
