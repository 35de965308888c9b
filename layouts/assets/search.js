// Progressive enhancement for the index page. Without this script the page lists every role by
// department, with a link to each department's page. With it, a form filters the same cards in
// place, and full-text search (MiniSearch, loaded on the first search) ranks them. The state lives
// in the query string (?q=…&department=…&level=…&grade_min=…&grade_max=…&open=1), so it can be shared.
//
// At a thousand roles a phone must not pay for what nobody asked for: the form is in the page from the
// first paint (disabled until now, so nothing moves), and the cards are read, and the page redrawn,
// only once a filter is used or the address carries one.

const FIELDS = ['q', 'department', 'level', 'grade_min', 'grade_max', 'open'];
const SEARCH_OPTIONS = {
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
  boost: { title: 4, levels: 3, department: 2, summary: 1.5 },
};

const form = document.getElementById('role-filters');
const status = document.getElementById('filter-status');
const noResults = document.getElementById('no-results');
if (form && status && noResults) enhance(form, status, noResults);

function enhance(form, status, noResults) {
  // Read from the page on first use: at 1 000 roles, reading every card at load is a long task.
  let cards;
  let groups;
  // Whether the cards have been moved out of their page order (by a ranked search).
  let reordered = false;
  let searchIndex;
  let generation = 0;
  let typing;

  form.querySelector('.filter-fields').disabled = false;
  readUrl();
  if (FIELDS.some((name) => new URLSearchParams(location.search).has(name))) update({ quietIfAll: true });
  // Fetch the search index when a search is likely, not with the page.
  form.elements.q.addEventListener('focus', () => { loadSearch().catch(() => {}); }, { once: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', () => update());
  form.elements.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(), 200);
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(() => update(), 0));
  window.addEventListener('popstate', () => {
    readUrl();
    update();
  });

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const field = form.elements.namedItem(name);
      if (!field) continue;
      const value = params.get(name) ?? '';
      if (field.type === 'checkbox') field.checked = value === '1';
      else if (field.tagName === 'SELECT') field.value = [...field.options].some((o) => o.value === value) ? value : '';
      else field.value = value;
    }
  }

  function readForm() {
    const value = (name) => form.elements.namedItem(name)?.value ?? '';
    const grade = (name) => (value(name) === '' ? null : Number(value(name)));
    let min = grade('grade_min');
    let max = grade('grade_max');
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    return {
      q: value('q').trim(),
      department: value('department'),
      level: value('level'),
      min,
      max,
      open: form.elements.namedItem('open')?.checked ?? false,
    };
  }

  function writeUrl(state) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.department) params.set('department', state.department);
    if (state.level) params.set('level', state.level);
    if (state.min !== null) params.set('grade_min', String(state.min));
    if (state.max !== null) params.set('grade_max', String(state.max));
    if (state.open) params.set('open', '1');
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  // `quietIfAll`: on page load with no filter the live region stays empty, so nothing is announced.
  function readCards() {
    cards = [...document.querySelectorAll('.role-card')].map((el, order) => ({
      el,
      order,
      url: el.dataset.url,
      department: el.dataset.department,
      levels: JSON.parse(el.dataset.levels || '[]'),
      open: Number(el.dataset.open || '0'),
      // A family's card stands for its level pages too, which have no card of their own.
      members: JSON.parse(el.dataset.members || '[]'),
    }));
    groups = [...document.querySelectorAll('.department-group')];
  }

  async function update({ quietIfAll = false } = {}) {
    if (!cards) readCards();
    const current = ++generation;
    const state = readForm();
    writeUrl(state);
    let scores = null;
    if (state.q) {
      try {
        const index = await loadSearch();
        scores = new Map(index.search(state.q, SEARCH_OPTIONS).map((result) => [result.id, result.score]));
      } catch {
        if (current === generation) status.textContent = 'Search could not be loaded; the other filters still work.';
        return;
      }
      // A newer update started while the index loaded; it will draw the page.
      if (current !== generation) return;
    }
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilters(card, state) && (scores === null || cardScore(card, scores) !== undefined);
      card.el.hidden = !match;
      if (match) shown += 1;
    }
    // Moving a thousand cards costs a layout: only when a search ranks them, or to undo that.
    if (scores !== null || reordered) {
      const rank = (card) => (scores === null ? -card.order : cardScore(card, scores) ?? 0);
      for (const list of document.querySelectorAll('.department-group .role-list')) {
        const inList = cards.filter((card) => card.el.parentElement === list).sort((a, b) => rank(b) - rank(a) || a.order - b.order);
        list.append(...inList.map((card) => card.el));
      }
      reordered = scores !== null;
    }
    const active = state.q || state.department || state.level || state.min !== null || state.max !== null || state.open;
    for (const group of groups) {
      // A department only the ATS lists holds no role cards: it is shown while no filter is set.
      if (group.classList.contains('ats-only')) {
        group.hidden = Boolean(active);
        continue;
      }
      const visible = group.querySelectorAll('.role-card:not([hidden])').length;
      group.hidden = visible === 0;
      const count = group.querySelector('.count');
      if (count) count.textContent = `(${visible})`;
    }
    noResults.hidden = shown > 0;
    status.textContent = active ? `${shown} of ${cards.length} roles match.` : quietIfAll ? '' : `Showing all ${cards.length} roles.`;
  }

  function loadSearch() {
    if (!searchIndex) {
      searchIndex = Promise.all([
        import('./minisearch.js'),
        fetch(form.dataset.index).then((response) => {
          if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
          return response.json();
        }),
      ]).then(([module, file]) => module.default.loadJS(file.index, { fields: file.fields }));
      // Let the next search try again rather than keep a failure.
      searchIndex.catch(() => { searchIndex = undefined; });
    }
    return searchIndex;
  }
}

/** The best search score of the card's role or, on a family's card, of any of its levels; undefined when none matched. */
function cardScore(card, scores) {
  let best = scores.get(card.url);
  for (const url of card.members) {
    const score = scores.get(url);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

/** True when the card passes the department, open-positions, level and grade filters. */
function matchesFilters(card, state) {
  if (state.department && card.department !== state.department) return false;
  if (state.open && card.open === 0) return false;
  if (!state.level && state.min === null && state.max === null) return true;
  // One level must satisfy level and grade together: "Senior at grade 7", not "Senior, and some level at 7".
  return card.levels.some((level) =>
    (!state.level || level.k.includes(state.level)) &&
    (state.min === null || (level.g !== null && level.g >= state.min)) &&
    (state.max === null || (level.g !== null && level.g <= state.max)));
}
