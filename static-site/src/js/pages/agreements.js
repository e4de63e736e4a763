import { api } from '../api.js';
import { escape, ragTag, showErrors, showSuccess, submitting } from '../forms.js';
import { fillHubs, requireSignIn, roles } from '../shared.js';

let measureRows = 0;

function measureRow(list) {
  const index = list.children.length;
  const id = `measure-${++measureRows}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  const field = (name, label, width, hint = '') => `<div class="govuk-form-group"><label class="govuk-label" for="${id}-${name}">${label}</label>${hint}
    <input class="govuk-input ${width}" id="${id}-${name}" data-role="${name}" data-field="measures[${index}].${name}" data-label="${label}" type="text"></div>`;
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Measure ${index + 1}</legend>
    ${field('measureId', 'Short id', 'govuk-input--width-20', '<div class="govuk-hint">Lower case and hyphens, for example families-supported</div>')}
    ${field('name', 'Name', '')}
    ${field('unit', 'Unit', 'govuk-input--width-10')}
    ${field('target', 'Target', 'govuk-input--width-5')}
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-direction">Direction</label>
      <select class="govuk-select" id="${id}-direction" data-role="direction" data-field="measures[${index}].direction" data-label="Direction">
        <option value="AT_LEAST">At least the target</option><option value="AT_MOST">At most the target</option></select></div>
    ${field('amberTolerancePercent', 'Amber tolerance (%)', 'govuk-input--width-4')}`;
  list.append(row);
}

async function showAgreements(hubId, admin) {
  const list = document.getElementById('agreement-list');
  const { body } = await api(`/hubs/${encodeURIComponent(hubId)}/agreements?limit=100`);
  if (body.items.length === 0) {
    list.innerHTML = '<p class="govuk-body">This hub has no agreements yet.</p>';
    document.getElementById('actuals-section').classList.add('hr-hidden');
    return;
  }
  list.innerHTML = `<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Agreements</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Agreement</th>
    <th scope="col" class="govuk-table__header">Provider</th><th scope="col" class="govuk-table__header">Runs</th>
    <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th></tr></thead>
    <tbody class="govuk-table__body">${body.items.map((agreement) => `<tr class="govuk-table__row">
      <td class="govuk-table__cell">${escape(agreement.title)}</td><td class="govuk-table__cell">${escape(agreement.provider)}</td>
      <td class="govuk-table__cell">${escape(agreement.startDate)} to ${escape(agreement.endDate)}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="#actuals-section" data-agreement="${escape(agreement.agreementId)}">Actuals<span class="govuk-visually-hidden"> for ${escape(agreement.title)}</span></a></td>
      </tr>`).join('')}</tbody></table>`;
  list.querySelectorAll('[data-agreement]').forEach((link) => link.addEventListener('click', () => {
    showActuals(hubId, body.items.find((agreement) => agreement.agreementId === link.dataset.agreement));
  }));
  showActuals(hubId, body.items[0]);
}

let current;

async function showActuals(hubId, agreement) {
  current = { hubId, agreement };
  document.getElementById('actuals-section').classList.remove('hr-hidden');
  document.getElementById('actuals-heading').textContent = `Quarterly actuals: ${agreement.title}`;
  const { body } = await api(`/hubs/${encodeURIComponent(hubId)}/agreements/${agreement.agreementId}/actuals`);
  current.quarters = body.items;
  document.getElementById('actuals-table').innerHTML = `<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Actuals by quarter</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Measure</th>
    ${body.items.map((quarter) => `<th scope="col" class="govuk-table__header">${escape(quarter.quarter)}</th>`).join('')}</tr></thead>
    <tbody class="govuk-table__body">${agreement.measures.map((measure, m) => `<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">${escape(measure.name)} (${measure.direction === 'AT_LEAST' ? 'at least' : 'at most'} ${escape(measure.target)} ${escape(measure.unit)})</th>
      ${body.items.map((quarter) => `<td class="govuk-table__cell">${quarter.measures[m].actual ?? ''} ${ragTag(quarter.measures[m].rag)}</td>`).join('')}
      </tr>`).join('')}</tbody></table>`;
  const form = document.getElementById('actuals-form');
  form.quarter.innerHTML = body.items.map((quarter) => `<option value="${escape(quarter.quarter)}">${escape(quarter.quarter)}</option>`).join('');
  document.getElementById('measure-inputs').innerHTML = agreement.measures.map((measure) => `<div class="govuk-form-group">
    <label class="govuk-label" for="value-${escape(measure.measureId)}">${escape(measure.name)} (${escape(measure.unit)})</label>
    <input class="govuk-input govuk-input--width-5" id="value-${escape(measure.measureId)}" data-measure="${escape(measure.measureId)}"
      data-field="values.${escape(measure.measureId)}" data-label="${escape(measure.name)}" type="text" inputmode="decimal"></div>`).join('');
}

export async function start() {
  const who = requireSignIn();
  const admin = roles(who).includes('county-admin');
  const hub = document.getElementById('hub');
  await fillHubs(hub, who);
  const result = document.getElementById('result');
  if (admin) document.getElementById('create-section').classList.remove('hr-hidden');
  if (hub.value) await showAgreements(hub.value, admin);
  hub.addEventListener('change', () => showAgreements(hub.value, admin));

  const actuals = document.getElementById('actuals-form');
  actuals.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {};
    const errors = [];
    actuals.querySelectorAll('[data-measure]').forEach((input) => {
      const text = input.value.trim();
      if (text === '') return;
      if (Number.isNaN(Number(text))) errors.push({ field: input.dataset.field, message: 'must be a number' });
      values[input.dataset.measure] = Number(text);
    });
    if (errors.length) {
      showErrors(actuals, errors);
      return;
    }
    const quarter = current.quarters.find((item) => item.quarter === actuals.quarter.value);
    const saved = await submitting(actuals, () => api(
      `/hubs/${encodeURIComponent(current.hubId)}/agreements/${current.agreement.agreementId}/actuals/${actuals.quarter.value}`,
      { method: 'PUT', json: { values, commentary: actuals.commentary.value.trim() || null },
        ifMatch: quarter?.version ? `"${quarter.version}"` : undefined }));
    if (saved) {
      showSuccess(result, `Actuals saved for ${saved.body.quarter}`, `<p class="govuk-body">${saved.body.measures
        .map((measure) => `${escape(measure.name)}: ${ragTag(measure.rag)}`).join(' ')}</p>`);
      await showActuals(current.hubId, current.agreement);
    }
  });

  const measures = document.getElementById('measures');
  measureRow(measures);
  document.getElementById('add-measure').addEventListener('click', () => measureRow(measures));
  const form = document.getElementById('agreement-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const agreement = {
      title: form.title.value.trim(), provider: form.provider.value.trim(),
      startDate: form.startDate.value.trim(), endDate: form.endDate.value.trim(),
      measures: [...measures.children].map((row) => {
        const value = (role) => row.querySelector(`[data-role="${role}"]`).value.trim();
        return { measureId: value('measureId'), name: value('name'), unit: value('unit'),
          target: value('target') === '' ? null : Number(value('target')), direction: value('direction'),
          amberTolerancePercent: value('amberTolerancePercent') === '' ? 0 : Number(value('amberTolerancePercent')) };
      }),
    };
    const saved = await submitting(form, () => api(`/hubs/${encodeURIComponent(hub.value)}/agreements`,
      { method: 'POST', json: agreement, idempotent: true }));
    if (saved) {
      showSuccess(result, 'The agreement was created', `<p class="govuk-body">${escape(saved.body.title)} with ${saved.body.measures.length} measures.</p>`);
      await showAgreements(hub.value, admin);
    }
  });
}
