import { api } from '../api.js';
import { dateFrom, escape, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { fillHubs, hours as formatHours, requireSignIn } from '../shared.js';

function totals(quarters) {
  return `<ul class="govuk-list">${quarters.map((quarter) => `<li>${escape(quarter.quarter)}: ${formatHours(quarter.totalHours)} hours by ${escape(quarter.distinctVolunteers)} volunteers</li>`).join('')}</ul>`;
}

export async function start() {
  const who = requireSignIn();
  const hub = document.getElementById('hub');
  await fillHubs(hub, who);
  const result = document.getElementById('result');

  const entry = document.getElementById('entry-form');
  restoreDraft(entry);
  entry.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const date = dateFrom(entry);
    if (!date) errors.push({ field: 'date', message: 'must include a day, month and year' });
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
      showSuccess(result, `${saved.body.rowsImported} rows imported`, `${again}<p class="govuk-body">New totals:</p>${totals(saved.body.quarters)}`);
      upload.reset();
    }
  });
}
