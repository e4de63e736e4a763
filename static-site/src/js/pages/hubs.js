import { api } from '../api.js';
import { escape, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { everyHub, penceToPounds, poundsToPence, requireSignIn, roles, scrolling, sectorName, SECTORS } from '../shared.js';

/** What the API gives a hub when it is created without required sectors: every partner sector. */
const PARTNER_SECTORS = SECTORS.filter((sector) => sector !== 'HUB_STAFF' && sector !== 'OTHER');

const pounds = (pence) => (pence / 100).toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });

function hubTable(hubs, admin, mayOpen) {
  if (!hubs.length) return '<p class="govuk-body">There are no hubs yet.</p>';
  return scrolling('Every hub', `<table class="govuk-table" id="hub-table"><caption class="govuk-table__caption govuk-table__caption--m">Every hub</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Hub</th>
    <th scope="col" class="govuk-table__header">Short id</th><th scope="col" class="govuk-table__header">Area</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Annual budget</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Sectors expected</th>
    ${admin ? '<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th>' : ''}</tr></thead>
    <tbody class="govuk-table__body">${hubs.map((hub) => `<tr class="govuk-table__row" data-hub="${escape(hub.hubId)}">
      <th scope="row" class="govuk-table__header">${mayOpen(hub.hubId)
    ? `<a class="govuk-link" href="/hub.html?hub=${encodeURIComponent(hub.hubId)}">${escape(hub.name)}</a>` : escape(hub.name)}</th>
      <td class="govuk-table__cell">${escape(hub.hubId)}</td><td class="govuk-table__cell">${escape(hub.area)}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${pounds(hub.annualBudgetPence)}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${hub.requiredSectors.length} of ${SECTORS.length}</td>
      ${admin ? `<td class="govuk-table__cell"><a class="govuk-link" href="/hubs.html?hub=${encodeURIComponent(hub.hubId)}">Change<span
        class="govuk-visually-hidden"> ${escape(hub.name)}</span></a></td>` : ''}</tr>`).join('')}</tbody></table>`);
}

function fill(form, hub, etag) {
  form.hubId.value = hub.hubId;
  form.name.value = hub.name;
  form.area.value = hub.area;
  form.budget.value = penceToPounds(hub.annualBudgetPence);
  form.querySelectorAll('input[name="sectors"]').forEach((box) => { box.checked = hub.requiredSectors.includes(box.value); });
  form.version.value = etag;
}

/**
 * Every hub, for county administrators and hub staff; county administrators also add hubs and, opened as
 * hubs.html?hub=…, change one (its short id stays; a change someone else saved meanwhile is never overwritten).
 */
export async function start() {
  const who = requireSignIn();
  const admin = roles(who).includes('county-admin');
  const list = document.getElementById('hub-list');
  if (!admin && !roles(who).includes('hub-staff')) {
    list.innerHTML = '<p class="govuk-body">The list of hubs is for county administrators and hub staff.</p>';
    return;
  }
  const own = (who['custom:hubs'] ?? '').split(',').filter(Boolean);
  const showList = async () => { list.innerHTML = hubTable(await everyHub(), admin, (hubId) => admin || own.includes(hubId)); };
  await showList();
  if (!admin) return;

  const form = document.getElementById('hub-form');
  document.getElementById('sectors').innerHTML = SECTORS.map((sector, index) => `<div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id="sector-${index}" name="sectors" type="checkbox" value="${sector}">
      <label class="govuk-label govuk-checkboxes__label" for="sector-${index}">${escape(sectorName(sector))}</label></div>`).join('');
  const editing = new URLSearchParams(location.search).get('hub');
  const asNew = () => {
    form.reset();
    form.querySelectorAll('input[name="sectors"]').forEach((box) => { box.checked = PARTNER_SECTORS.includes(box.value); });
  };
  if (editing) {
    let stored;
    try {
      stored = await api(`/hubs/${encodeURIComponent(editing)}`);
    } catch (error) {
      list.insertAdjacentHTML('beforebegin', `<div class="govuk-inset-text" id="hub-unavailable">${error.status === 404
        ? `There is no hub “${escape(editing)}”.` : escape(error.message)}</div>`);
      return;
    }
    document.getElementById('hub-form-heading').textContent = `Change ${stored.body.name}`;
    document.getElementById('hub-submit').textContent = 'Save the changes';
    form.hubId.readOnly = true;
    fill(form, stored.body, stored.etag);
  } else {
    asNew();
  }
  document.getElementById('hub-form-section').classList.remove('hr-hidden');
  restoreDraft(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const annualBudgetPence = poundsToPence(form.budget.value);
    if (annualBudgetPence === null) errors.push({ field: 'annualBudgetPence', message: 'must be an amount in pounds, such as 15000' });
    const requiredSectors = [...form.querySelectorAll('input[name="sectors"]:checked')].map((box) => box.value);
    if (!requiredSectors.length) errors.push({ field: 'requiredSectors', message: 'must include at least one sector' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const hub = { name: form.name.value.trim(), area: form.area.value.trim(), annualBudgetPence, requiredSectors };
    const saved = await submitting(form, () => (editing
      ? api(`/hubs/${encodeURIComponent(editing)}`, { method: 'PUT', json: hub, ifMatch: form.version.value })
      : api('/hubs', { method: 'POST', json: { hubId: form.hubId.value.trim(), ...hub }, idempotent: true })));
    if (!saved) return;
    if (editing) {
      showSuccess(document.getElementById('result'), `${saved.body.name} was changed`, '<p class="govuk-body">Its returns use the change from their next rollup.</p>');
      fill(form, saved.body, saved.etag);
    } else {
      showSuccess(document.getElementById('result'), `${saved.body.name} was added`, `<p class="govuk-body">Hub staff of
        “${escape(saved.body.hubId)}” can now record its meetings, volunteer hours and actuals.</p>`);
      asNew();
    }
    await showList();
  });
}
