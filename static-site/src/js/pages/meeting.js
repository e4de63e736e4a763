import { api } from '../api.js';
import { askTwice, dateFrom, dayFirst, escape, isoDate, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { quarterOfDay } from '../quarters.js';
import { fillHubs, isSignedOff, penceToPounds, poundsToPence, requireSignIn, sectorName, SECTORS, showNoHubs } from '../shared.js';

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
        ${SECTORS.map((sector) => `<option value="${sector}">${escape(sectorName(sector))}</option>`).join('')}</select></div>`;
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
    <input type="hidden" data-role="actionId" data-field="actions[${index}].actionId" data-label="${action}">
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
    (person) => !person.name && !person.organisation && !person.sector);
}

function actionsOf(list) {
  return filledRows(list, (row) => ({ actionId: text(row, 'actionId') || undefined, description: text(row, 'description'),
    owner: text(row, 'owner'), dueDate: isoDate(text(row, 'dueDate')), status: text(row, 'status') }),
  (action) => !action.description && !action.owner && !action.dueDate);
}

function setRow(row, values) {
  Object.entries(values).forEach(([role, value]) => { row.querySelector(`[data-role="${role}"]`).value = value ?? ''; });
}

/** A stored meeting in the form, row by row, with the version its changes will be made to. */
function fill(form, lists, addRow, meeting, etag) {
  const [year, month, day] = meeting.date.split('-');
  form.day.value = String(Number(day));
  form.month.value = String(Number(month));
  form.year.value = year;
  form.querySelectorAll('input[name="type"]').forEach((radio) => { radio.checked = radio.value === meeting.type; });
  form.title.value = meeting.title;
  form.chair1.value = meeting.chairs[0] ?? '';
  form.chair2.value = meeting.chairs[1] ?? '';
  Object.values(lists).forEach((list) => { list.innerHTML = ''; });
  for (const kind of ['attendees', 'apologies']) {
    meeting[kind].forEach((person) => {
      addRow(kind);
      setRow(lists[kind].lastElementChild, { name: person.name, organisation: person.organisation, sector: person.sector });
    });
  }
  if (lists.attendees.children.length === 0) addRow('attendees');
  meeting.actions.forEach((action) => {
    addRow('actions');
    setRow(lists.actions.lastElementChild, { actionId: action.actionId, description: action.description, owner: action.owner,
      dueDate: dayFirst(action.dueDate), status: action.status });
  });
  form.decisions.value = meeting.decisions.join('\n');
  form.cost.value = meeting.costPence ? penceToPounds(meeting.costPence) : '';
  form.version.value = etag;
}

const hubPage = (hubId, date) => `/hub.html?hub=${encodeURIComponent(hubId)}&quarter=${quarterOfDay(date)}`;

/** The meeting to change, or null (and why, in place of the form) if this user cannot have it. */
async function meetingToChange(form, hubs, hubId, meetingId) {
  const unavailable = (html) => {
    form.classList.add('hr-hidden');
    document.getElementById('meeting-unavailable').innerHTML = `<div class="govuk-inset-text">${html}</div>`;
    return null;
  };
  if (!hubs.some((hub) => hub.hubId === hubId)) {
    return unavailable(`You cannot change the meetings of hub “${escape(hubId ?? '')}”: your sign-in is for
      ${hubs.length ? hubs.map((hub) => escape(hub.name)).join(', ') : 'no hub'}.`);
  }
  try {
    return await api(`/hubs/${encodeURIComponent(hubId)}/meetings/${encodeURIComponent(meetingId)}`);
  } catch (error) {
    return unavailable(error.status === 404
      ? `There is no such meeting: it may have been deleted. The hub's meetings are on its <a class="govuk-link" href="/hub.html?hub=${encodeURIComponent(hubId)}">hub page</a>.`
      : escape(error.message));
  }
}

/** Deleting the meeting being changed: a button, then a second one to confirm. */
function offerDeletion(form, hubId, meetingId, onDeleted) {
  const section = document.getElementById('delete-meeting');
  section.classList.remove('hr-hidden');
  askTwice(document.getElementById('delete-meeting-start'), document.getElementById('delete-meeting-confirm'),
    document.getElementById('delete-meeting-yes'), document.getElementById('delete-meeting-no'));
  document.getElementById('delete-meeting-yes').addEventListener('click', async () => {
    const deleted = await submitting(form, () => api(`/hubs/${encodeURIComponent(hubId)}/meetings/${encodeURIComponent(meetingId)}`,
      { method: 'DELETE', ifMatch: form.version.value }));
    if (deleted) {
      section.classList.add('hr-hidden');
      form.classList.add('hr-hidden');
      onDeleted();
    }
  });
}

/**
 * Records a new meeting, or, opened as meeting.html?hub=…&meeting=… (the hub page's links), changes or deletes that
 * one: its actions keep their ids, and a change made by someone else since the page was opened is never overwritten.
 */
export async function start() {
  const who = requireSignIn();
  const form = document.getElementById('meeting-form');
  const hubs = await fillHubs(form.hub, who);
  const lists = { attendees: document.getElementById('attendees'), apologies: document.getElementById('apologies'),
    actions: document.getElementById('actions') };
  const addRow = (name) => (name === 'actions' ? actionRow(lists.actions) : participantRow(lists[name], name));
  const meetingId = new URLSearchParams(location.search).get('meeting');
  const result = document.getElementById('result');
  let changing = null;
  if (!meetingId && hubs.length === 0) {
    showNoHubs(who);
    return;
  }
  if (meetingId) {
    const hubId = new URLSearchParams(location.search).get('hub');
    const stored = await meetingToChange(form, hubs, hubId, meetingId);
    if (!stored) return;
    document.getElementById('meeting-heading').textContent = 'Change a partnership meeting';
    document.title = `Change a meeting – ${document.title.split(' – ').pop()}`;
    document.getElementById('meeting-submit').textContent = 'Save the changes';
    form.hub.disabled = true;
    fill(form, lists, addRow, stored.body, stored.etag);
    changing = stored.body;
    const quarter = quarterOfDay(stored.body.date);
    if (await isSignedOff(hubId, quarter)) {
      document.getElementById('meeting-unavailable').innerHTML = `<div class="govuk-warning-text"><span class="govuk-warning-text__icon"
        aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>${escape(quarter)} is signed
        off, so this meeting cannot be changed or deleted until a county administrator reopens the quarter.</strong></div>`;
      document.getElementById('meeting-submit').disabled = true;
      document.getElementById('delete-meeting-start').disabled = true;
    }
    offerDeletion(form, hubId, meetingId, () => showSuccess(result, 'The meeting was deleted',
      `<p class="govuk-body">“${escape(changing.title)}” on ${escape(changing.date)} is no longer among the hub's records.
        <a class="govuk-link" href="${hubPage(hubId, changing.date)}">Back to the hub page</a></p>`));
  }
  restoreDraft(form, (name, count) => {
    lists[name].innerHTML = '';
    for (let i = 0; i < count; i++) addRow(name);
  });
  if (lists.attendees.children.length === 0) addRow('attendees');
  // A row added is where the person types next, so the focus goes to its first box.
  const addAndFocus = (name) => {
    addRow(name);
    lists[name].lastElementChild.querySelector('input').focus();
  };
  document.getElementById('add-attendee').addEventListener('click', () => addAndFocus('attendees'));
  document.getElementById('add-apology').addEventListener('click', () => addAndFocus('apologies'));
  document.getElementById('add-action').addEventListener('click', () => addAndFocus('actions'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const date = dateFrom(form, errors);
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
    const path = `/hubs/${encodeURIComponent(hubId)}/meetings${meetingId ? `/${encodeURIComponent(meetingId)}` : ''}`;
    const request = meetingId ? { method: 'PUT', json: meeting, ifMatch: form.version.value } : { method: 'POST', json: meeting, idempotent: true };
    const saved = await submitting(form, () => api(path, request), {
      fieldOf: (field) => field.replace(/^(attendees|apologies|actions)\[(\d+)\]/,
        (whole, kind, index) => (sent[kind][index] ? `${kind}[${sent[kind][index].index}]` : whole)),
    });
    if (saved && meetingId) {
      showSuccess(result, 'The meeting was changed', `<p class="govuk-body">“${escape(saved.body.title)}” on ${escape(saved.body.date)}.
        <a class="govuk-link" href="${hubPage(hubId, saved.body.date)}">Back to the hub page</a></p>`);
      fill(form, lists, addRow, saved.body, saved.etag);
      changing = saved.body;
    } else if (saved) {
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
