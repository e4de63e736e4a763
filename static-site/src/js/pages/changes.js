import { api } from '../api.js';
import { escape, isoDate, submitting } from '../forms.js';
import { everyHub, londonTime, requireSignIn, roles, scrolling } from '../shared.js';

const VERBS = { POST: 'Created', PUT: 'Changed', DELETE: 'Deleted' };
const RECORDS = { hubs: 'a hub', meetings: 'a meeting', 'volunteer-hours': 'a volunteer entry', imports: 'a spreadsheet upload',
  agreements: 'an agreement', actuals: "a quarter's actuals" };
const QUARTER_ACTIONS = { 'sign-off': 'Signed off the quarter', reopen: 'Reopened the quarter' };

/** "PUT /hubs/{hubId}/meetings/{meetingId}" in words: "Changed a meeting". */
function described(route) {
  const [method, path] = route.split(' ');
  const named = path.split('/').filter((part) => part && !part.startsWith('{'));
  const last = named[named.length - 1];
  if (QUARTER_ACTIONS[last]) return QUARTER_ACTIONS[last];
  return VERBS[method] && RECORDS[last] ? `${VERBS[method]} ${RECORDS[last]}` : route;
}


/** The audit log for county administrators: a hub's changes (or the county's: sign-off, reopen) made in a period, oldest first. */
export async function start() {
  const who = requireSignIn();
  const target = document.getElementById('changes');
  const form = document.getElementById('changes-form');
  if (!roles(who).includes('county-admin')) {
    form.classList.add('hr-hidden');
    target.innerHTML = '<p class="govuk-body">The record of changes is for county administrators.</p>';
    return;
  }
  const hubs = await everyHub();
  form.hub.innerHTML = `<option value="">The county (sign-off and reopening)</option>${hubs
    .map((hub) => `<option value="${escape(hub.hubId)}">${escape(hub.name)}</option>`).join('')}`;
  const wanted = new URLSearchParams(location.search).get('hub');
  if (hubs.some((hub) => hub.hubId === wanted)) form.hub.value = wanted;

  let shown = [];
  let query = '';
  let cursor = null;
  const render = () => {
    target.innerHTML = shown.length ? `${scrolling('Changes', `<table class="govuk-table" id="changes-table">
      <caption class="govuk-table__caption govuk-table__caption--m">${shown.length} change${shown.length === 1 ? '' : 's'}, oldest first</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">When</th>
      <th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">What</th>
      <th scope="col" class="govuk-table__header">Record</th><th scope="col" class="govuk-table__header">Version</th></tr></thead>
      <tbody class="govuk-table__body">${shown.map((entry) => `<tr class="govuk-table__row">
        <td class="govuk-table__cell">${escape(londonTime(entry.at))}</td><td class="govuk-table__cell">${escape(entry.subject)}</td>
        <td class="govuk-table__cell">${escape(described(entry.route))}</td><td class="govuk-table__cell"><code>${escape(entry.path)}</code></td>
        <td class="govuk-table__cell">${escape([entry.versionBefore, entry.versionAfter].filter(Boolean).map((etag) => etag.replace(/"/g, '')).join(' → ') || '—')}</td></tr>`).join('')}
      </tbody></table>`)}${cursor ? '<button type="button" class="govuk-button govuk-button--secondary" id="changes-more">Show more changes</button>' : ''}`
      : '<p class="govuk-body">No changes in that period.</p>';
  };
  const load = async (more) => {
    const page = await submitting(form, () => api(`/audit?${query}${more ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
    if (!page) return;
    shown = more ? [...shown, ...page.body.items] : page.body.items;
    cursor = page.body.nextCursor;
    render();
  };
  target.addEventListener('click', (event) => {
    if (event.target.closest('#changes-more')) load(true);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const parameters = new URLSearchParams({ limit: '100' });
    if (form.hub.value) parameters.set('hubId', form.hub.value);
    if (form.from.value.trim()) parameters.set('from', isoDate(form.from.value.trim()));
    if (form.to.value.trim()) parameters.set('to', isoDate(form.to.value.trim()));
    query = parameters.toString();
    await load(false);
  });
  form.requestSubmit();
}
