import { api } from '../api.js';
import { dateFrom, escape, loadProblem, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { quarterOf, quarterOfDay, quartersWith } from '../quarters.js';
import { counted, fillHubs, hours as formatHours, isSignedOff, requireSignIn, scrolling, showNoHubs, words } from '../shared.js';

function totals(quarters) {
  return `<ul class="govuk-list">${quarters.map((quarter) => `<li>${escape(quarter.quarter)}: ${formatHours(quarter.totalHours)} hours by ${escape(counted(quarter.distinctVolunteers, 'volunteer'))}</li>`).join('')}</ul>`;
}

const ENTRIES_PER_PAGE = 50;

/** Uploads of the hub that stopped before they finished (no answer came): their rows count nowhere until finished. */
function unfinished(importIds = []) {
  if (!importIds.length) return '';
  return `<div class="govuk-warning-text" id="entries-unfinished"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
    <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
    ${importIds.length === 1 ? 'An upload of a spreadsheet' : `${importIds.length} uploads of spreadsheets`} for this hub did not finish, so
    none of ${importIds.length === 1 ? 'its' : 'their'} rows count. Upload the same file again to finish it (no row is counted twice), or
    ask your IT team to remove it (import ${importIds.map((id) => `<code>${escape(id.slice(0, 12))}…</code>`).join(', ')}; the full ids
    are in the API's list of entries).</strong></div>`;
}

/**
 * The hub's entries in the chosen quarter, 50 at a time ("Show more" for the next page), each with a Delete button
 * that asks once more before deleting.
 */
function entriesList(hub, quarter, form) {
  const target = document.getElementById('entries');
  let shown = [];
  let cursor = null;
  let quarterTotals = null;
  let latestRequest = 0;
  let frozen = false;

  const path = () => `/hubs/${encodeURIComponent(hub.value)}/volunteer-hours`;
  const row = (entry, index) => `<tr class="govuk-table__row" data-entry="${escape(entry.entryId)}">
      <td class="govuk-table__cell">${escape(entry.date)}</td><td class="govuk-table__cell">${escape(entry.volunteerRef)}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${formatHours(entry.hours)}</td>
      <td class="govuk-table__cell">${escape(words(entry.activity))}</td>
      <td class="govuk-table__cell">${entry.importId ? 'Spreadsheet' : 'One entry'}</td>
      <td class="govuk-table__cell" data-index="${index}">${frozen ? '' : `<button type="button" class="govuk-button govuk-button--secondary
        govuk-!-margin-bottom-0" data-action="delete">Delete<span class="govuk-visually-hidden"> ${escape(entry.volunteerRef)}'s entry of
        ${escape(entry.date)}</span></button>`}</td></tr>`;

  function render() {
    const summary = `<p class="govuk-body" id="entries-totals">${formatHours(quarterTotals.totalHours)} hours by ${escape(counted(quarterTotals.distinctVolunteers, 'volunteer'))}
      in ${escape(quarter.value)}.</p>${frozen ? `<p class="govuk-body" id="entries-frozen">${escape(quarter.value)} is signed off, so its
      entries cannot be deleted until a county administrator reopens it.</p>` : ''}${unfinished(quarterTotals.unfinishedImports)}`;
    if (!shown.length) {
      target.innerHTML = `${summary}<p class="govuk-body">No entries in ${escape(quarter.value)}.</p>`;
      return;
    }
    target.innerHTML = `${summary}${scrolling(`Volunteer entries in ${quarter.value}`, `<table class="govuk-table" id="entries-table">
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Date</th>
      <th scope="col" class="govuk-table__header">Volunteer</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th>
      <th scope="col" class="govuk-table__header">Activity</th><th scope="col" class="govuk-table__header">From</th>
      <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Delete</span></th></tr></thead>
      <tbody class="govuk-table__body">${shown.map(row).join('')}</tbody></table>`)}
      ${cursor ? '<button type="button" class="govuk-button govuk-button--secondary" id="entries-more">Show more entries</button>' : ''}`;
  }

  async function load(more = false) {
    const query = `?quarter=${encodeURIComponent(quarter.value)}&limit=${ENTRIES_PER_PAGE}${more && cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    // Only the latest choice of hub and quarter is shown: an earlier answer arriving late must not replace it.
    const request = ++latestRequest;
    try {
      const [{ body }, signedOff] = await Promise.all([api(`${path()}${query}`), more ? frozen : isSignedOff(hub.value, quarter.value)]);
      if (request !== latestRequest) return;
      frozen = signedOff;
      shown = more ? [...shown, ...body.items] : body.items;
      cursor = body.nextCursor;
      quarterTotals = body;
      render();
    } catch (error) {
      if (request === latestRequest) target.innerHTML = `<div class="govuk-inset-text">${escape(loadProblem(error))}</div>`;
    }
  }

  target.addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.id === 'entries-more') {
      await load(true);
      return;
    }
    const cell = button.closest('td[data-index]');
    const entry = shown[Number(cell.dataset.index)];
    if (button.dataset.action === 'delete') {
      cell.innerHTML = `<span class="govuk-body-s">Delete it?</span>
        <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-action="confirm">Yes, delete<span
          class="govuk-visually-hidden"> ${escape(entry.volunteerRef)}'s entry of ${escape(entry.date)}</span></button>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-action="keep">No</button>`;
      cell.querySelector('[data-action="confirm"]').focus();
    } else if (button.dataset.action === 'keep') {
      render();
      target.querySelector(`tr[data-entry="${CSS.escape(entry.entryId)}"] [data-action="delete"]`)?.focus();
    } else if (button.dataset.action === 'confirm') {
      const deleted = await submitting(form, () => api(`${path()}/${encodeURIComponent(entry.entryId)}`,
        { method: 'DELETE', ifMatch: `"${entry.version}"` }));
      if (deleted) {
        showSuccess(document.getElementById('result'), 'The entry was deleted',
          `<p class="govuk-body">${formatHours(entry.hours)} hours for ${escape(entry.volunteerRef)} on ${escape(entry.date)}.</p>`);
        await load();
      }
    }
  });
  return { load };
}

export async function start() {
  const who = requireSignIn();
  const hub = document.getElementById('hub');
  if ((await fillHubs(hub, who)).length === 0) {
    showNoHubs(who);
    return;
  }
  const result = document.getElementById('result');
  const quarter = document.getElementById('entries-quarter');
  const wantedQuarter = new URLSearchParams(location.search).get('quarter');
  const quarters = quartersWith(wantedQuarter);
  quarter.innerHTML = quarters.map((id) => `<option value="${id}">${id}</option>`).join('');
  quarter.value = quarters.includes(wantedQuarter) ? wantedQuarter : quarterOf();
  const entries = entriesList(hub, quarter, document.getElementById('entries-form'));
  hub.addEventListener('change', () => entries.load());
  quarter.addEventListener('change', () => entries.load());
  if (hub.value) await entries.load();

  const entry = document.getElementById('entry-form');
  restoreDraft(entry);
  entry.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const date = dateFrom(entry, errors);
    const hours = entry.hours.value.trim();
    if (!hours || Number.isNaN(Number(hours))) errors.push({ field: 'hours', message: 'must be a number of hours, such as 2.5' });
    if (errors.length) {
      showErrors(entry, errors);
      return;
    }
    const saved = await submitting(entry, () => api(`/hubs/${encodeURIComponent(hub.value)}/volunteer-hours`, {
      method: 'POST', idempotent: true,
      json: { volunteerRef: entry.volunteerRef.value.trim(), date, hours: Number(hours),
        activity: entry.activity.value, note: entry.note.value.trim() || null },
    }));
    if (saved) {
      showSuccess(result, 'The hours were logged', `<p class="govuk-body">${formatHours(saved.body.hours)} hours for ${escape(saved.body.volunteerRef)}
        on ${escape(saved.body.date)}.</p>`);
      entry.reset();
      if ([...quarter.options].some((option) => option.value === quarterOfDay(saved.body.date))) quarter.value = quarterOfDay(saved.body.date);
      await entries.load();
    }
  });

  const upload = document.getElementById('upload-form');
  restoreDraft(upload);
  upload.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = upload.file.files[0];
    if (!file) {
      showErrors(upload, [{ field: 'file', message: 'is required: choose the CSV file to upload' }]);
      return;
    }
    // The file's own bytes: the API refuses a file that is not UTF-8 rather than read it with characters changed.
    const saved = await submitting(upload, () => api(`/hubs/${encodeURIComponent(hub.value)}/volunteer-hours/imports`, {
      method: 'POST', body: file, contentType: 'text/csv', idempotent: true,
    }));
    if (saved) {
      const again = saved.status === 200 ? '<p class="govuk-body">This file had been uploaded before, so nothing was counted twice.</p>' : '';
      showSuccess(result, `${counted(saved.body.rowsImported, 'row')} imported`, `${again}<p class="govuk-body">New totals:</p>${totals(saved.body.quarters)}`);
      upload.reset();
      // The list shows the upload's first quarter, as it shows a single entry's.
      const first = saved.body.quarters[0]?.quarter;
      if ([...quarter.options].some((option) => option.value === first)) quarter.value = first;
      await entries.load();
    }
  });
}
