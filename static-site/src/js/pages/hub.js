import { api, noneIf } from '../api.js';
import { escape, loadProblem } from '../forms.js';
import { previous, quarterOf, quartersWith } from '../quarters.js';
import { counted, fillHubs, hours as formatHours, londonTime, percent, requireSignIn, roles, scrolling } from '../shared.js';

function returnSummary(returned) {
  return `<dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${escape(returned.status)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Figures generated</dt><dd class="govuk-summary-list__value">${escape(londonTime(returned.generatedAt))}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Meetings held</dt><dd class="govuk-summary-list__value">${escape(returned.meetings.held)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Sector coverage</dt><dd class="govuk-summary-list__value">${percent(returned.meetings.sectorCoverage)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Volunteer hours</dt><dd class="govuk-summary-list__value">${formatHours(returned.volunteering.hours)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Volunteer retention</dt><dd class="govuk-summary-list__value">${percent(returned.volunteering.retentionRate)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Agreement compliance</dt><dd class="govuk-summary-list__value">${percent(returned.agreements.compliance)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Completeness</dt><dd class="govuk-summary-list__value">${returned.completeness.present} of ${returned.completeness.expected}${returned.completeness.missing.length ? `; missing: ${returned.completeness.missing.map(escape).join('; ')}` : ''}</dd></div>
    </dl>`;
}

/** A partner sees a hub's signed-off return and nothing of its records. */
async function showReturnOnly(target, hubId, quarter) {
  try {
    const { body } = await api(`/hubs/${encodeURIComponent(hubId)}/returns/${quarter}`);
    document.getElementById('hub-name').textContent = body.hubName;
    target.innerHTML = `<h2 class="govuk-heading-l">${escape(quarter)}</h2>${returnSummary(body)}`;
  } catch (error) {
    target.innerHTML = `<div class="govuk-inset-text">${error.status === 404 ? `No return yet for ${escape(quarter)}.`
      : error.status === 403 ? `The return for ${escape(quarter)} is not signed off yet: partners see a quarter once it is.` : escape(error.message)}</div>`;
  }
}

let latestShown = 0;

/** Open actions are gathered from the meetings of the chosen quarter and of the quarters before it, this many in all. */
const ACTION_QUARTERS = 4;

async function show(hubId, hubName, quarter) {
  const target = document.getElementById('hub-page');
  document.getElementById('hub-name').textContent = hubName;
  const shown = ++latestShown;
  try {
    await showRecords(target, hubId, quarter, shown);
  } catch (error) {
    if (shown === latestShown) target.innerHTML = `<div class="govuk-inset-text">${escape(loadProblem(error))}</div>`;
  }
}

async function showRecords(target, hubId, quarter, shown) {
  const meetingsIn = (id) => api(`/hubs/${encodeURIComponent(hubId)}/meetings?quarter=${id}&limit=100`).then((r) => r.body.items);
  const earlier = Array.from({ length: ACTION_QUARTERS - 1 }, (_, i) => previous(quarter, i + 1));
  const [returned, meetings, hours, ...meetingsBefore] = await Promise.all([
    api(`/hubs/${encodeURIComponent(hubId)}/returns/${quarter}`).then((r) => r.body).catch(noneIf(404)), // none yet
    meetingsIn(quarter),
    api(`/hubs/${encodeURIComponent(hubId)}/volunteer-hours?quarter=${quarter}&limit=1`).then((r) => r.body),
    ...earlier.map(meetingsIn),
  ]);
  // Only the latest choice of hub and quarter is shown: an earlier answer arriving late must not replace it.
  if (shown !== latestShown) return;
  const change = (meeting, html) => `<a class="govuk-link" href="/meeting.html?hub=${encodeURIComponent(hubId)}&meeting=${encodeURIComponent(meeting.meetingId)}">${html}</a>`;
  const openActions = [...meetings, ...meetingsBefore.flat()].flatMap((meeting) => meeting.actions
    .filter((action) => action.status === 'OPEN').map((action) => ({ ...action, meeting })))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  target.innerHTML = `
    <h2 class="govuk-heading-l">${escape(quarter)}</h2>
    ${returned ? returnSummary(returned) : '<div class="govuk-inset-text">No return yet for this quarter.</div>'}
    <h2 class="govuk-heading-m">Volunteering</h2>
    <p class="govuk-body" id="hub-hours">Recorded so far: ${formatHours(hours.totalHours)} hours by ${escape(counted(hours.distinctVolunteers, 'volunteer'))}${returned
      ? ' (the return above counts the records as they were when its figures were generated)' : ''}.
      <a class="govuk-link" href="/volunteering.html?hub=${encodeURIComponent(hubId)}&quarter=${encodeURIComponent(quarter)}#entries-heading">The entries</a></p>
    <h2 class="govuk-heading-m">Meetings</h2>
    ${meetings.length ? `<ul class="govuk-list govuk-list--bullet">${meetings.map((meeting) => `<li>${escape(meeting.date)}: ${escape(meeting.title)}
      (${meeting.attendees.length} attending) ${change(meeting, `Change<span class="govuk-visually-hidden"> “${escape(meeting.title)}”</span>`)}</li>`).join('')}</ul>`
    : '<p class="govuk-body">No meetings recorded in this quarter.</p>'}
    <h2 class="govuk-heading-m">Open actions</h2>
    <p class="govuk-body">Agreed at meetings from ${escape(earlier[earlier.length - 1])} to ${escape(quarter)}, the soonest due first.
      To mark an action done, change the meeting that agreed it.</p>
    ${openActions.length ? scrolling('Open actions', `<table class="govuk-table" id="open-actions"><thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Action</th><th scope="col" class="govuk-table__header">Owner</th>
      <th scope="col" class="govuk-table__header">Due</th><th scope="col" class="govuk-table__header">Agreed at</th></tr></thead>
      <tbody class="govuk-table__body">${openActions.map((action) => `
      <tr class="govuk-table__row"><td class="govuk-table__cell">${escape(action.description)}</td>
      <td class="govuk-table__cell">${escape(action.owner)}</td><td class="govuk-table__cell">${escape(action.dueDate)}${action.dueDate < today
        ? ' <strong class="govuk-tag govuk-tag--red">Overdue</strong>' : ''}</td>
      <td class="govuk-table__cell">${change(action.meeting, escape(action.meeting.title))} (${escape(action.meeting.date)})</td></tr>`).join('')}
      </tbody></table>`) : '<p class="govuk-body">No open actions.</p>'}`;
}

export async function start() {
  const who = requireSignIn();
  const hub = document.getElementById('hub');
  const quarter = document.getElementById('quarter');
  const target = document.getElementById('hub-page');
  const wanted = new URLSearchParams(location.search).get('hub');
  const wantedQuarter = new URLSearchParams(location.search).get('quarter');
  const quarters = quartersWith(wantedQuarter);
  quarter.innerHTML = quarters.map((id) => `<option value="${id}">${id}</option>`).join('');
  quarter.value = quarters.includes(wantedQuarter) ? wantedQuarter : quarterOf();
  if (roles(who).includes('partner')) {
    document.getElementById('hub-picker').classList.add('hr-hidden');
    const refresh = () => (wanted ? showReturnOnly(target, wanted, quarter.value)
      : (target.innerHTML = '<p class="govuk-body">Choose a hub on the <a class="govuk-link" href="/">dashboard</a> to see its signed-off return.</p>'));
    quarter.addEventListener('change', refresh);
    await refresh();
    return;
  }
  const hubs = await fillHubs(hub, who);
  if (wanted && !hubs.some((item) => item.hubId === wanted)) {
    document.getElementById('hub-name').textContent = 'Hub page';
    target.innerHTML = `<div class="govuk-inset-text">You cannot see the records of hub “${escape(wanted)}”: your sign-in is for
      ${hubs.length ? hubs.map((item) => escape(item.name)).join(', ') : 'no hub'}. Its figures are on the <a class="govuk-link" href="/">dashboard</a>.</div>`;
    hub.addEventListener('change', () => location.assign(`/hub.html?hub=${encodeURIComponent(hub.value)}`));
    return;
  }
  if (hubs.length === 0) {
    target.innerHTML = '<p class="govuk-body">You have no hubs to show.</p>';
    return;
  }
  const refresh = () => show(hub.value, hub.selectedOptions[0].textContent, quarter.value);
  hub.addEventListener('change', refresh);
  quarter.addEventListener('change', () => {
    // The address names the quarter shown, as it does the hub, so that a reload or a bookmark comes back to it.
    const address = new URL(location.href);
    address.searchParams.set('quarter', quarter.value);
    history.replaceState(null, '', address);
    refresh();
  });
  await refresh();
}
