import { api } from '../api.js';
import { dateFrom, escape, isoDate, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { fillHubs, poundsToPence, requireSignIn, SECTORS, words } from '../shared.js';

let rows = 0;

function participantRow(list, kind) {
  const index = list.children.length;
  const id = `${kind}-${++rows}`;
  const person = `${kind === 'attendees' ? 'Attendee' : 'Apology'} ${index + 1}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${person}</legend>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-name">Name</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-name" data-role="name" data-field="${kind}[${index}].name" data-label="${person}: name" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-organisation">Organisation</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-organisation" data-role="organisation" data-field="${kind}[${index}].organisation" data-label="${person}: organisation" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-sector">Sector</label>
      <select class="govuk-select" id="${id}-sector" data-role="sector" data-field="${kind}[${index}].sector" data-label="${person}: sector">
        <option value="">Choose a sector</option>
        ${SECTORS.map((sector) => `<option value="${sector}">${escape(words(sector))}</option>`).join('')}</select></div>`;
  list.append(row);
}

function actionRow(list) {
  const index = list.children.length;
  const id = `action-${++rows}`;
  const action = `Action ${index + 1}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${action}</legend>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-description">What needs doing</label>
      <input class="govuk-input" id="${id}-description" data-role="description" data-field="actions[${index}].description" data-label="${action}: what needs doing" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-owner">Who owns it</label>
      <input class="govuk-input govuk-!-width-one-half" id="${id}-owner" data-role="owner" data-field="actions[${index}].owner" data-label="${action}: owner" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-due">Due date</label>
      <div class="govuk-hint" id="${id}-due-hint">For example, 30/6/2026</div>
      <input class="govuk-input govuk-input--width-10" id="${id}-due" data-role="dueDate" data-field="actions[${index}].dueDate" data-label="${action}: due date" type="text" aria-describedby="${id}-due-hint"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-status">Status</label>
      <select class="govuk-select" id="${id}-status" data-role="status" data-field="actions[${index}].status" data-label="${action}: status">
        <option value="OPEN">Open</option><option value="DONE">Done</option></select></div>`;
  list.append(row);
}

/**
 * The rows of a list that were filled in, and for each the row it came from: rows left blank are not sent, so
 * the API's attendees[0] may be the form's second row.
 */
function filledRows(list, read, isBlank) {
  const filled = [];
  [...list.children].forEach((row, index) => {
    const value = read(row);
    if (!isBlank(value)) filled.push({ value, index });
  });
  return filled;
}

const text = (row, role) => row.querySelector(`[data-role="${role}"]`).value.trim();

function participants(list) {
  return filledRows(list, (row) => ({ name: text(row, 'name'), organisation: text(row, 'organisation') || null, sector: text(row, 'sector') }),
    (person) => !person.name && !person.organisation);
}

function actionsOf(list) {
  return filledRows(list, (row) => ({ description: text(row, 'description'), owner: text(row, 'owner'), dueDate: isoDate(text(row, 'dueDate')),
    status: text(row, 'status') }), (action) => !action.description && !action.owner && !action.dueDate);
}

export async function start() {
  const who = requireSignIn();
  const form = document.getElementById('meeting-form');
  await fillHubs(form.hub, who);
  const lists = { attendees: document.getElementById('attendees'), apologies: document.getElementById('apologies'),
    actions: document.getElementById('actions') };
  const addRow = (name) => (name === 'actions' ? actionRow(lists.actions) : participantRow(lists[name], name));
  restoreDraft(form, (name, count) => { for (let i = 0; i < count; i++) addRow(name); });
  if (lists.attendees.children.length === 0) addRow('attendees');
  document.getElementById('add-attendee').addEventListener('click', () => addRow('attendees'));
  document.getElementById('add-apology').addEventListener('click', () => addRow('apologies'));
  document.getElementById('add-action').addEventListener('click', () => addRow('actions'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const date = dateFrom(form);
    if (!date) errors.push({ field: 'date', message: 'must include a day, month and year' });
    if (!form.title.value.trim()) errors.push({ field: 'title', message: 'must not be empty' });
    if (!form.chair1.value.trim()) errors.push({ field: 'chairs[0]', message: 'must not be empty' });
    const attendees = participants(lists.attendees);
    const apologies = participants(lists.apologies);
    for (const [kind, people] of [['attendees', attendees], ['apologies', apologies]]) {
      people.filter((person) => !person.value.sector)
        .forEach((person) => errors.push({ field: `${kind}[${person.index}].sector`, message: 'must be chosen' }));
    }
    const costPence = form.cost.value.trim() === '' ? 0 : poundsToPence(form.cost.value);
    if (costPence === null) errors.push({ field: 'costPence', message: 'must be an amount in pounds, such as 45.00' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const actions = actionsOf(lists.actions);
    const sent = { attendees, apologies, actions };
    const meeting = {
      date,
      type: form.querySelector('input[name="type"]:checked').value,
      title: form.title.value.trim(),
      chairs: [form.chair1.value.trim(), form.chair2.value.trim()].filter(Boolean),
      attendees: attendees.map((row) => row.value),
      apologies: apologies.map((row) => row.value),
      decisions: form.decisions.value.split('\n').map((line) => line.trim()).filter(Boolean),
      actions: actions.map((row) => row.value),
      costPence,
    };
    const hubId = form.hub.value;
    const saved = await submitting(form, () => api(`/hubs/${encodeURIComponent(hubId)}/meetings`,
      { method: 'POST', json: meeting, idempotent: true }), {
      fieldOf: (field) => field.replace(/^(attendees|apologies|actions)\[(\d+)\]/,
        (whole, kind, index) => (sent[kind][index] ? `${kind}[${sent[kind][index].index}]` : whole)),
    });
    if (saved) {
      const hubName = form.hub.selectedOptions[0]?.textContent ?? hubId;
      showSuccess(document.getElementById('result'), 'The meeting was recorded',
        `<p class="govuk-body">“${escape(saved.body.title)}” on ${escape(saved.body.date)} for ${escape(hubName)} (reference ${escape(saved.body.meetingId)}).</p>`);
      form.reset();
      form.hub.value = hubId;
      Object.values(lists).forEach((list) => { list.innerHTML = ''; });
      addRow('attendees');
    }
  });
}
