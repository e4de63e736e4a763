import { api } from '../api.js';
import { escape, showErrors, showSuccess, submitting } from '../forms.js';
import { fillHubs, poundsToPence, requireSignIn, SECTORS, words } from '../shared.js';

let rows = 0;

function participantRow(list, kind) {
  const index = list.children.length;
  const id = `${kind}-${++rows}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${kind === 'attendees' ? 'Attendee' : 'Apology'} ${index + 1}</legend>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-name">Name</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-name" data-role="name" data-field="${kind}[${index}].name" data-label="Name" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-organisation">Organisation</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-organisation" data-role="organisation" data-field="${kind}[${index}].organisation" data-label="Organisation" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-sector">Sector</label>
      <select class="govuk-select" id="${id}-sector" data-role="sector" data-field="${kind}[${index}].sector" data-label="Sector">
        ${SECTORS.map((sector) => `<option value="${sector}">${escape(words(sector))}</option>`).join('')}</select></div>`;
  list.append(row);
}

function actionRow(list) {
  const index = list.children.length;
  const id = `action-${++rows}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Action ${index + 1}</legend>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-description">What needs doing</label>
      <input class="govuk-input" id="${id}-description" data-role="description" data-field="actions[${index}].description" data-label="What needs doing" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-owner">Who owns it</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-owner" data-role="owner" data-field="actions[${index}].owner" data-label="Owner" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-due">Due date</label>
      <div class="govuk-hint" id="${id}-due-hint">For example, 2026-06-30</div>
      <input class="govuk-input govuk-input--width-10" id="${id}-due" data-role="dueDate" data-field="actions[${index}].dueDate" data-label="Due date" type="text" aria-describedby="${id}-due-hint"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-status">Status</label>
      <select class="govuk-select" id="${id}-status" data-role="status" data-field="actions[${index}].status" data-label="Status">
        <option value="OPEN">Open</option><option value="DONE">Done</option></select></div>`;
  list.append(row);
}

function participants(list) {
  return [...list.children].map((row) => ({
    name: row.querySelector('[data-role="name"]').value.trim(),
    organisation: row.querySelector('[data-role="organisation"]').value.trim() || null,
    sector: row.querySelector('[data-role="sector"]').value,
  })).filter((person) => person.name || person.organisation);
}

export async function start() {
  const who = requireSignIn();
  const form = document.getElementById('meeting-form');
  await fillHubs(form.hub, who);
  const attendees = document.getElementById('attendees');
  const apologies = document.getElementById('apologies');
  const actions = document.getElementById('actions');
  participantRow(attendees, 'attendees');
  document.getElementById('add-attendee').addEventListener('click', () => participantRow(attendees, 'attendees'));
  document.getElementById('add-apology').addEventListener('click', () => participantRow(apologies, 'apologies'));
  document.getElementById('add-action').addEventListener('click', () => actionRow(actions));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const [day, month, year] = [form.day.value.trim(), form.month.value.trim(), form.year.value.trim()];
    if (!day || !month || !year) errors.push({ field: 'date', message: 'must include a day, month and year' });
    const costPence = form.cost.value.trim() === '' ? 0 : poundsToPence(form.cost.value);
    if (costPence === null) errors.push({ field: 'costPence', message: 'must be an amount in pounds, such as 45.00' });
    if (!form.title.value.trim()) errors.push({ field: 'title', message: 'must not be empty' });
    if (!form.chair1.value.trim()) errors.push({ field: 'chairs[0]', message: 'must not be empty' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const meeting = {
      date: `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
      type: form.querySelector('input[name="type"]:checked').value,
      title: form.title.value.trim(),
      chairs: [form.chair1.value.trim(), form.chair2.value.trim()].filter(Boolean),
      attendees: participants(attendees),
      apologies: participants(apologies),
      decisions: form.decisions.value.split('\n').map((line) => line.trim()).filter(Boolean),
      actions: [...actions.children].map((row) => ({
        description: row.querySelector('[data-role="description"]').value.trim(),
        owner: row.querySelector('[data-role="owner"]').value.trim(),
        dueDate: row.querySelector('[data-role="dueDate"]').value.trim(),
        status: row.querySelector('[data-role="status"]').value,
      })),
      costPence,
    };
    const saved = await submitting(form, () => api(`/hubs/${encodeURIComponent(form.hub.value)}/meetings`,
      { method: 'POST', json: meeting, idempotent: true }));
    if (saved) {
      showSuccess(document.getElementById('result'), 'The meeting was recorded',
        `<p class="govuk-body">“${escape(saved.body.title)}” on ${escape(saved.body.date)} (reference ${escape(saved.body.meetingId)}).</p>`);
      form.reset();
      attendees.innerHTML = apologies.innerHTML = actions.innerHTML = '';
      participantRow(attendees, 'attendees');
    }
  });
}
