// The discovery page: plain JavaScript over the public HTTP API, no framework and no build step. Every view is
// rendered from one or two API calls; the URL hash holds the view's state, so back, forward and links work.
'use strict';

(() => {
  const apiBase = (document.querySelector('meta[name="api-base"]')?.content ?? '').replace(/\/+$/, '');
  const view = document.getElementById('view');
  const status = document.getElementById('status');
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const suggestions = document.getElementById('suggestions');
  const dates = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const names = { platforms: new Map(), genres: new Map() };
  let renderSequence = 0;

  // ---- API ----------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
    }
  }

  async function call(path, options) {
    let response;
    try {
      response = await fetch(apiBase + path, { headers: { accept: 'application/json' }, ...options });
    } catch {
      throw new ApiError(0, 'The service cannot be reached', 'Check your connection and try again.');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : '';
      throw new ApiError(response.status, body?.title ?? 'The request failed', errors || body?.detail || `HTTP ${response.status}`);
    }
    return body;
  }

  const get = (path) => call(path);
  const post = (path, body) => call(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });

  async function loadNames() {
    const [platforms, genres] = await Promise.all([get('/api/v1/platforms'), get('/api/v1/genres')]);
    for (const p of platforms.platforms) names.platforms.set(p.id, p.name);
    for (const g of genres.genres) names.genres.set(g.id, g.name);
  }

  const platformName = (id) => names.platforms.get(id) ?? id;
  const genreName = (id) => names.genres.get(id) ?? id;

  // ---- DOM ----------------------------------------------------------------------------------------------------

  // Elements are built with text nodes only: nothing the API returns is ever parsed as HTML.
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function show(...nodes) {
    view.replaceChildren(...nodes);
    view.removeAttribute('aria-busy');
  }

  function busy(message) {
    view.setAttribute('aria-busy', 'true');
    status.textContent = message;
  }

  function heading(text, level = 1) {
    return el(`h${level}`, { tabindex: level === 1 ? '-1' : null }, text);
  }

  function focusHeading(moveFocus) {
    if (moveFocus) view.querySelector('h1')?.focus();
  }

  function errorState(error, retry) {
    status.textContent = '';
    return el('div', { class: 'notice error', role: 'alert' },
      el('h1', { tabindex: '-1' }, error.status === 404 ? 'Not found' : 'Something went wrong'),
      el('p', null, error.message),
      retry ? el('button', { type: 'button', onclick: retry }, 'Try again') : null);
  }

  function emptyState(title, text) {
    return el('div', { class: 'notice' }, el('p', { class: 'notice-title' }, title), el('p', null, text));
  }

  // ---- Titles and availability ---------------------------------------------------------------------------------

  function meta(title) {
    const parts = [title.type === 'series' ? 'Series' : 'Film'];
    if (title.releaseYear) parts.push(String(title.releaseYear));
    if (title.type === 'series' && title.seasons) parts.push(`${title.seasons} season${title.seasons === 1 ? '' : 's'}`);
    if (title.runtimeMinutes) parts.push(`${title.runtimeMinutes} min`);
    if (title.maturityRating) parts.push(title.maturityRating);
    return parts.join(' · ');
  }

  const priceLabels = { subscription: 'Subscription', rent: 'Rent', buy: 'Buy', free: 'Free', ads: 'Free with ads' };

  function safeLink(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function availabilityList(availability) {
    if (!availability?.length) return el('p', { class: 'avail-none' }, 'Not on any platform we track.');
    return el('ul', { class: 'avail', 'aria-label': 'Where to watch' }, availability.map((a) => {
      const link = a.available && a.url ? safeLink(a.url) : null;
      return el('li', { class: `avail-item${a.available ? '' : ' gone'}${a.stale ? ' stale' : ''}` },
        el('span', { class: 'platform' }, platformName(a.platform)),
        a.available
          ? el('span', { class: 'price' }, priceLabels[a.priceType] ?? a.priceType)
          : el('span', { class: 'price' }, 'Not available now'),
        a.stale ? el('span', { class: 'badge', title: 'Not confirmed by the platform recently' }, 'unverified') : null,
        link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'watch' },
          `Watch on ${platformName(a.platform)}`, el('span', { class: 'visually-hidden' }, ' (opens a new tab)')) : null);
    }));
  }

  function titleCard(title, extra) {
    return el('li', { class: 'card' },
      el('h2', { class: 'card-title' }, el('a', { href: `#/title/${encodeURIComponent(title.id)}` }, title.title)),
      el('p', { class: 'meta' }, meta(title)),
      extra ?? null,
      title.description ? el('p', { class: 'desc' }, title.description) : null,
      availabilityList(title.availability));
  }

  // ---- Search: the understood filters as chips, facets, results -------------------------------------------------

  const emptyFilters = () => ({
    types: [], genres: [], excludeGenres: [], platforms: [], countries: [],
    releaseYear: { min: null, max: null }, runtimeMinutes: { min: null, max: null },
    maxMinAge: null, people: [], availableNow: false,
  });

  function normalised(filters) {
    return { ...emptyFilters(), ...(filters ?? {}) };
  }

  function isEmpty(filters) {
    const f = normalised(filters);
    return !f.types.length && !f.genres.length && !f.excludeGenres.length && !f.platforms.length && !f.countries.length
      && f.releaseYear.min == null && f.releaseYear.max == null && f.runtimeMinutes.min == null && f.runtimeMinutes.max == null
      && f.maxMinAge == null && !f.people.length && !f.availableNow;
  }

  function range(r, unit) {
    if (r.min != null && r.max != null) return r.min === r.max ? `${r.min}${unit}` : `${r.min}–${r.max}${unit}`;
    return r.min != null ? `from ${r.min}${unit}` : `up to ${r.max}${unit}`;
  }

  // Each chip says what was understood and how to drop it from a copy of the filters.
  function chipsOf(filters) {
    const f = normalised(filters);
    const chips = [];
    const without = (key, value) => (copy) => { copy[key] = copy[key].filter((v) => v !== value); return copy; };
    for (const p of f.platforms) chips.push({ kind: 'Platform', label: platformName(p), drop: without('platforms', p) });
    for (const g of f.genres) chips.push({ kind: 'Genre', label: genreName(g), drop: without('genres', g) });
    for (const g of f.excludeGenres) chips.push({ kind: 'Not', label: genreName(g), drop: without('excludeGenres', g) });
    for (const t of f.types) chips.push({ kind: 'Type', label: t === 'series' ? 'Series' : 'Films', drop: without('types', t) });
    if (f.releaseYear.min != null || f.releaseYear.max != null) chips.push({ kind: 'Years', label: range(f.releaseYear, ''), drop: (c) => { c.releaseYear = { min: null, max: null }; return c; }, edit: { key: 'releaseYear', range: f.releaseYear, min: 1900, max: 2100 } });
    if (f.runtimeMinutes.min != null || f.runtimeMinutes.max != null) chips.push({ kind: 'Runtime', label: range(f.runtimeMinutes, ' min'), drop: (c) => { c.runtimeMinutes = { min: null, max: null }; return c; }, edit: { key: 'runtimeMinutes', range: f.runtimeMinutes, min: 1, max: 1000 } });
    if (f.maxMinAge != null) chips.push({ kind: 'Age', label: `suitable at ${f.maxMinAge}`, drop: (c) => { c.maxMinAge = null; return c; }, edit: { key: 'maxMinAge', value: f.maxMinAge, min: 0, max: 21 } });
    for (const person of f.people) chips.push({ kind: person.role === 'director' ? 'Director' : 'With', label: person.name, drop: (c) => { c.people = c.people.filter((x) => x.name !== person.name); return c; } });
    for (const country of f.countries) chips.push({ kind: 'From', label: country, drop: without('countries', country) });
    if (f.availableNow) chips.push({ kind: 'Available', label: 'now', drop: (c) => { c.availableNow = false; return c; } });
    return chips;
  }

  function searchHash(query, filters) {
    const params = new URLSearchParams();
    params.set('q', query ?? '');
    if (filters) params.set('filters', JSON.stringify(filters));
    return `#/search?${params}`;
  }

  // After the first answer the page searches with the words the intent left over and the chips as explicit
  // filters: a removed chip then stays removed, because the leftover words no longer say it.
  function refine(intent, change) {
    const next = change(structuredClone(normalised(intent.filters)));
    location.hash = searchHash(intent.text, next);
  }

  const numberOrNull = (text) => (text.trim() === '' ? null : Number(text));

  // A chip with a value (years, runtime, age) can be changed in place: a small form, applied as one new search.
  function chipEditor(intent, chip, id) {
    const { edit } = chip;
    const field = (label, name, value) => el('label', null, label,
      el('input', { type: 'number', name, inputmode: 'numeric', min: edit.min, max: edit.max, value: value ?? '' }));
    const fields = edit.range
      ? [field('From', 'min', edit.range.min), field('To', 'max', edit.range.max)]
      : [field('Suitable at age', 'value', edit.value)];
    return el('form', {
      id, class: 'chip-edit', hidden: true, 'aria-label': `Change ${chip.kind}`,
      onsubmit: (e) => {
        e.preventDefault();
        const data = new FormData(e.target);
        refine(intent, (c) => {
          if (edit.range) c[edit.key] = { min: numberOrNull(String(data.get('min'))), max: numberOrNull(String(data.get('max'))) };
          else c[edit.key] = numberOrNull(String(data.get('value')));
          return c;
        });
      },
    }, fields, el('button', { type: 'submit' }, 'Apply'));
  }

  function chipList(intent) {
    const chips = chipsOf(intent.filters);
    if (!chips.length) return el('p', { class: 'understood-none' }, 'No filters understood: matching on the words alone.');
    return el('ul', { class: 'chips', 'aria-label': 'Understood as' }, chips.map((chip, i) => {
      const editorId = `chip-edit-${i}`;
      const editor = chip.edit ? chipEditor(intent, chip, editorId) : null;
      return el('li', { class: 'chip' },
        el('span', null, el('span', { class: 'chip-kind' }, `${chip.kind}: `), chip.label),
        editor ? el('button', {
          type: 'button', class: 'chip-change', 'aria-expanded': 'false', 'aria-controls': editorId, 'aria-label': `Change ${chip.kind}: ${chip.label}`,
          onclick: (e) => {
            const open = editor.hidden;
            editor.hidden = !open;
            e.currentTarget.setAttribute('aria-expanded', String(open));
            if (open) editor.querySelector('input')?.focus();
          },
        }, 'Change') : null,
        el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${chip.kind}: ${chip.label}`, onclick: () => refine(intent, chip.drop) }, '×'),
        editor);
    }));
  }

  function facetGroup(label, values, isOn, toggle) {
    if (!values.length) return null;
    return el('fieldset', { class: 'facet' },
      el('legend', null, label),
      el('ul', null, values.map(([value, count, text]) => el('li', null,
        el('button', { type: 'button', class: 'facet-option', 'aria-pressed': isOn(value) ? 'true' : 'false', onclick: () => toggle(value) },
          text, el('span', { class: 'count' }, ` ${count}`))))));
  }

  function counted(values) {
    const counts = new Map();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  }

  function facets(intent, results) {
    const f = normalised(intent.filters);
    const platforms = counted(results.flatMap((r) => r.availability.filter((a) => a.available).map((a) => a.platform)));
    const types = counted(results.map((r) => r.type));
    const genres = counted(results.flatMap((r) => r.genres)).slice(0, 8);
    const groups = [
      facetGroup('Platform', platforms.map(([p, n]) => [p, n, platformName(p)]), (p) => f.platforms.includes(p),
        (p) => refine(intent, (c) => { c.platforms = c.platforms.includes(p) ? [] : [p]; return c; })),
      facetGroup('Type', types.map(([t, n]) => [t, n, t === 'series' ? 'Series' : 'Films']), (t) => f.types.includes(t),
        (t) => refine(intent, (c) => { c.types = c.types.includes(t) ? [] : [t]; return c; })),
      facetGroup('Genre', genres.map(([g, n]) => [g, n, genreName(g)]), (g) => f.genres.includes(g),
        (g) => refine(intent, (c) => { c.genres = c.genres.includes(g) ? c.genres.filter((x) => x !== g) : [...c.genres, g]; return c; })),
    ].filter(Boolean);
    return groups.length ? el('aside', { class: 'facets', 'aria-label': 'Refine' }, el('h2', null, 'Refine'), groups) : null;
  }

  async function renderSearch(params, moveFocus) {
    const query = params.get('q') ?? '';
    let filters = null;
    try {
      filters = params.has('filters') ? JSON.parse(params.get('filters')) : null;
    } catch {
      filters = null;
    }
    input.value = query;
    if (!query.trim() && isEmpty(filters)) {
      status.textContent = '';
      show(heading('Search'), emptyState('Nothing left to search by', 'Type what you feel like watching, for example “a feel-good comedy on Disney+”.'));
      return focusHeading(moveFocus);
    }
    const sequence = ++renderSequence;
    busy('Searching…');
    const body = { query, limit: 24 };
    if (filters) body.filters = filters;
    let answer;
    try {
      answer = await post('/api/v1/search', body);
    } catch (error) {
      if (sequence === renderSequence) show(errorState(error, () => renderSearch(params, true)));
      return focusHeading(moveFocus);
    }
    if (sequence !== renderSequence) return;
    const results = answer.results ?? [];
    status.textContent = results.length ? `${answer.total} result${answer.total === 1 ? '' : 's'}` : 'No results';
    show(
      heading(query ? `Results for “${query}”` : 'Results'),
      el('section', { class: 'understood', 'aria-label': 'What the search understood' }, el('h2', { class: 'visually-hidden' }, 'Understood as'), chipList(answer.intent)),
      el('div', { class: 'layout' },
        facets(answer.intent, results),
        results.length
          ? el('ol', { class: 'results', 'aria-label': 'Results' }, results.map((r) => titleCard(r)))
          : emptyState('No titles match', 'Remove a filter above, or try other words.')));
    focusHeading(moveFocus);
  }

  // ---- A title: its availability and similar titles ------------------------------------------------------------

  async function renderTitle(id, moveFocus) {
    const sequence = ++renderSequence;
    busy('Loading the title…');
    let title;
    let similar;
    try {
      [title, similar] = await Promise.all([
        get(`/api/v1/content/${encodeURIComponent(id)}`),
        get(`/api/v1/content/${encodeURIComponent(id)}/similar?limit=8`).catch(() => ({ results: [] })),
      ]);
    } catch (error) {
      if (sequence === renderSequence) show(errorState(error, error.status === 404 ? null : () => renderTitle(id, true)));
      return focusHeading(moveFocus);
    }
    if (sequence !== renderSequence) return;
    status.textContent = '';
    const people = [];
    if (title.directors?.length) people.push(el('p', null, el('strong', null, 'Directed by '), title.directors.join(', ')));
    if (title.cast?.length) people.push(el('p', null, el('strong', null, 'With '), title.cast.slice(0, 8).join(', ')));
    show(el('article', { class: 'title-page' },
      heading(title.title),
      el('p', { class: 'meta' }, meta(title)),
      title.genres?.length ? el('p', { class: 'genres' }, title.genres.map(genreName).join(', ')) : null,
      title.description ? el('p', { class: 'desc' }, title.description) : null,
      people,
      el('section', { 'aria-labelledby': 'where' }, el('h2', { id: 'where' }, 'Where to watch'), availabilityList(title.availability)),
      el('section', { 'aria-labelledby': 'similar' }, el('h2', { id: 'similar' }, 'Similar titles'),
        similar.results?.length
          ? el('ol', { class: 'results compact' }, similar.results.map((r) => titleCard(r)))
          : emptyState('Nothing similar yet', 'No other title in the catalog is close to this one.'))));
    focusHeading(moveFocus);
  }

  // ---- The feed: new on, and leaving, each platform ---------------------------------------------------------------

  function feedList(items, when) {
    return el('ol', { class: 'feed' }, items.map((item) => el('li', { class: 'feed-item' },
      el('a', { href: `#/title/${encodeURIComponent(item.title.id)}` }, item.title.title),
      el('span', { class: 'meta' }, ` ${meta(item.title)}`),
      el('span', { class: 'when' }, ` ${when(item)}`))));
  }

  async function feedSection(platform, kind, title, when, empty) {
    const id = `feed-${kind}`;
    try {
      const page = await get(`/api/v1/changes?platforms=${encodeURIComponent(platform)}&kinds=${kind}&limit=12`);
      return el('section', { class: 'feed-section', 'aria-labelledby': id }, el('h2', { id }, title),
        page.items.length ? feedList(page.items, when) : emptyState(empty[0], empty[1]));
    } catch (error) {
      return el('section', { class: 'feed-section', 'aria-labelledby': id }, el('h2', { id }, title),
        el('p', { class: 'notice error', role: 'alert' }, error.message));
    }
  }

  async function renderFeed(params, moveFocus) {
    const sequence = ++renderSequence;
    const platforms = [...names.platforms.keys()];
    const platform = platforms.includes(params.get('platform')) ? params.get('platform') : platforms[0];
    busy('Loading what is new…');
    const name = platformName(platform);
    const sections = await Promise.all([
      feedSection(platform, 'added', `New on ${name}`, (i) => `added ${dates.format(new Date(i.at))}`,
        ['Nothing new', `No arrivals on ${name} are known yet.`]),
      feedSection(platform, 'expiring', `Leaving ${name} soon`, (i) => (i.leavesOn ? `leaves ${dates.format(new Date(i.leavesOn))}` : 'leaving soon'),
        ['No leaving dates known', `${name} has not announced which titles leave soon.`]),
      feedSection(platform, 'removed', `Left ${name} recently`, (i) => `left ${dates.format(new Date(i.at))}`,
        ['Nothing has left', `No title is known to have left ${name}.`]),
    ]);
    if (sequence !== renderSequence) return;
    status.textContent = '';
    show(
      heading('New and leaving'),
      el('div', { class: 'platform-picker', role: 'group', 'aria-label': 'Platform' }, platforms.map((p) =>
        el('a', { href: `#/new?platform=${encodeURIComponent(p)}`, class: 'platform-link', 'aria-current': p === platform ? 'page' : null }, platformName(p)))),
      el('div', { class: 'feed-grid' }, sections));
    focusHeading(moveFocus);
  }

  // ---- Suggestions as one types (an ARIA combobox) ---------------------------------------------------------------

  let suggestTimer = 0;
  let suggestSequence = 0;
  let active = -1;

  function closeSuggestions() {
    suggestions.hidden = true;
    suggestions.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    const options = [...suggestions.children];
    if (!options.length) return;
    active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  async function suggest() {
    const text = input.value.trim();
    const sequence = ++suggestSequence;
    if (text.length < 2) return closeSuggestions();
    let answer;
    try {
      answer = await get(`/api/v1/search/suggestions?q=${encodeURIComponent(text)}&limit=6`);
    } catch {
      return closeSuggestions();
    }
    if (sequence !== suggestSequence || document.activeElement !== input) return;
    if (!answer.suggestions.length) return closeSuggestions();
    suggestions.replaceChildren(...answer.suggestions.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion', 'data-id': s.id,
      onmousedown: (e) => { e.preventDefault(); openSuggestion(s.id); },
    }, s.title, el('span', { class: 'meta' }, ` ${s.type === 'series' ? 'Series' : 'Film'}${s.releaseYear ? `, ${s.releaseYear}` : ''}`))));
    suggestions.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  function openSuggestion(id) {
    closeSuggestions();
    location.hash = `#/title/${encodeURIComponent(id)}`;
  }

  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !suggestions.hidden) { e.preventDefault(); highlight(active + 1); }
    else if (e.key === 'ArrowUp' && !suggestions.hidden) { e.preventDefault(); highlight(active - 1); }
    else if (e.key === 'Escape') closeSuggestions();
    else if (e.key === 'Enter' && active >= 0 && !suggestions.hidden) {
      e.preventDefault();
      openSuggestion(suggestions.children[active].dataset.id);
    }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    closeSuggestions();
    const query = input.value.trim();
    const next = searchHash(query, null);
    if (location.hash === next) route(true);
    else location.hash = next;
  });

  // ---- Routing ---------------------------------------------------------------------------------------------------

  async function route(moveFocus) {
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, queryString] = hash.split('?');
    const params = new URLSearchParams(queryString ?? '');
    if (path.startsWith('/title/')) return renderTitle(decodeURIComponent(path.slice('/title/'.length)), moveFocus);
    if (path === '/search') return renderSearch(params, moveFocus);
    return renderFeed(params, moveFocus);
  }

  window.addEventListener('hashchange', () => route(true));

  loadNames()
    .then(() => route(false))
    .catch((error) => show(errorState(error, () => location.reload())));
})();
