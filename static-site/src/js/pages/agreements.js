import { api } from '../api.js';
import { dayFirst, escape, isoDate, parseNumber, ragTag, restoreDraft, showErrors, showSuccess, submitting } from '../forms.js';
import { quarterOf } from '../quarters.js';
import { counted, fillHubs, requireSignIn, roles, scrolling, showNoHubs } from '../shared.js';

let measureRows = 0;

/** What a person types into a measure row; its direction always has a value, so it does not count. */
const TYPED_IN = ['measureId', 'name', 'unit', 'target', 'amberTolerancePercent'];

function measureRow(list) {
  const index = list.children.length;
  const id = `measure-${++measureRows}`;
  const row = document.createElement('fieldset');
  row.className = 'govuk-fieldset govuk-!-margin-bottom-4';
  const field = (name, label, width, hint = '') => `<div class="govuk-form-group"><label class="govuk-label" for="${id}-${name}">${label}</label>${hint}
    <input class="govuk-input ${width}" id="${id}-${name}" data-role="${name}" data-field="measures[${index}].${name}" data-label="${label} (measure ${index + 1})" type="text"></div>`;
  row.innerHTML = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Measure ${index + 1}</legend>
    ${field('measureId', 'Short id', 'govuk-input--width-20', '<div class="govuk-hint">Lower case and hyphens, for example families-supported</div>')}
    ${field('name', 'Name', '')}
    ${field('unit', 'Unit', 'govuk-input--width-10')}
    ${field('target', 'Target', 'govuk-input--width-5')}
    <div class="govuk-form-group"><label class="govuk-label" for="${id}-direction">Direction</label>
      <select class="govuk-select" id="${id}-direction" data-role="direction" data-field="measures[${index}].direction" data-label="Direction (measure ${index + 1})">
        <option value="AT_LEAST">At least the target</option><option value="AT_MOST">At most the target</option></select></div>
    ${field('amberTolerancePercent', 'Amber tolerance (%)', 'govuk-input--width-4')}`;
  list.append(row);
}

let listedHub;

/**
 * Lists the hub's agreements, then shows the actuals of the one asked for (one just created or changed), else of the
 * one already shown, else of the first; unless the user chose one while the list was loading.
 */
async function showAgreements(hubId, admin, shownNext = null) {
  listedHub = hubId;
  const shownBefore = current;
  const list = document.getElementById('agreement-list');
  const { body } = await api(`/hubs/${encodeURIComponent(hubId)}/agreements?limit=100`);
  if (listedHub !== hubId) return; // another hub was chosen meanwhile: its list is the one to show
  if (body.items.length === 0) {
    list.innerHTML = '<p class="govuk-body">This hub has no agreements yet.</p>';
    document.getElementById('actuals-section').classList.add('hr-hidden');
    return;
  }
  list.innerHTML = scrolling('Agreements', `<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Agreements</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Agreement</th>
    <th scope="col" class="govuk-table__header">Provider</th><th scope="col" class="govuk-table__header">Runs</th>
    <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th></tr></thead>
    <tbody class="govuk-table__body">${body.items.map((agreement) => `<tr class="govuk-table__row">
      <td class="govuk-table__cell">${escape(agreement.title)}</td><td class="govuk-table__cell">${escape(agreement.provider)}</td>
      <td class="govuk-table__cell">${escape(agreement.startDate)} to ${escape(agreement.endDate)}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="#actuals-section" data-agreement="${escape(agreement.agreementId)}">Actuals<span class="govuk-visually-hidden"> for ${escape(agreement.title)}</span></a>
        ${admin ? `<a class="govuk-link govuk-!-margin-left-3" href="/agreements.html?hub=${encodeURIComponent(hubId)}&agreement=${encodeURIComponent(agreement.agreementId)}">Change<span class="govuk-visually-hidden"> ${escape(agreement.title)}</span></a>` : ''}</td>
      </tr>`).join('')}</tbody></table>`);
  list.querySelectorAll('[data-agreement]').forEach((link) => link.addEventListener('click', () => {
    showActuals(hubId, body.items.find((agreement) => agreement.agreementId === link.dataset.agreement));
  }));
  if (current !== shownBefore) return;
  const byId = (agreementId) => body.items.find((agreement) => agreement.agreementId === agreementId);
  await showActuals(hubId, byId(shownNext) ?? (current?.hubId === hubId ? byId(current.agreement.agreementId) : null) ?? body.items[0]);
}

let current;

async function showActuals(hubId, agreement) {
  const again = current?.hubId === hubId && current?.agreement.agreementId === agreement.agreementId;
  const showing = { hubId, agreement };
  current = showing;
  document.getElementById('actuals-section').classList.remove('hr-hidden');
  const { body } = await api(`/hubs/${encodeURIComponent(hubId)}/agreements/${agreement.agreementId}/actuals`);
  // Only the latest choice is shown: an earlier answer arriving late must not replace the inputs someone is typing in.
  if (current !== showing) return;
  document.getElementById('actuals-heading').textContent = `Quarterly actuals: ${agreement.title}`;
  current.quarters = body.items;
  document.getElementById('actuals-table').innerHTML = scrolling('Actuals by quarter', `<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Actuals by quarter</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Measure</th>
    ${body.items.map((quarter) => `<th scope="col" class="govuk-table__header">${escape(quarter.quarter)}</th>`).join('')}</tr></thead>
    <tbody class="govuk-table__body">${agreement.measures.map((measure, m) => `<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">${escape(measure.name)} (${measure.direction === 'AT_LEAST' ? 'at least' : 'at most'} ${escape(measure.target)}${measure.unit === '%' ? '%' : ` ${escape(measure.unit)}`})</th>
      ${body.items.map((quarter) => `<td class="govuk-table__cell">${quarter.measures[m].actual ?? ''} ${ragTag(quarter.measures[m].rag)}</td>`).join('')}
      </tr>`).join('')}</tbody></table>`);
  const form = document.getElementById('actuals-form');
  const chosen = again ? form.quarter.value : null;
  form.quarter.innerHTML = body.items.map((quarter) => `<option value="${escape(quarter.quarter)}">${escape(quarter.quarter)}</option>`).join('');
  const ids = body.items.map((quarter) => quarter.quarter);
  form.quarter.value = [chosen, quarterOf()].find((id) => ids.includes(id)) ?? ids[ids.length - 1];
  document.getElementById('measure-inputs').innerHTML = agreement.measures.map((measure) => `<div class="govuk-form-group">
    <label class="govuk-label" for="value-${escape(measure.measureId)}">${escape(measure.name)} (${escape(measure.unit)})</label>
    <input class="govuk-input govuk-input--width-5" id="value-${escape(measure.measureId)}" data-measure="${escape(measure.measureId)}"
      data-field="values.${escape(measure.measureId)}" data-label="${escape(measure.name)}" type="text" inputmode="decimal"></div>`).join('');
  fillActuals(form);
}

/** The chosen quarter's recorded actuals and commentary in the inputs, so that saving changes only what the user changes. */
function fillActuals(form) {
  const quarter = current.quarters.find((item) => item.quarter === form.quarter.value);
  form.querySelectorAll('[data-measure]').forEach((input) => {
    const actual = quarter?.measures.find((measure) => measure.measureId === input.dataset.measure)?.actual;
    input.value = actual ?? '';
  });
  form.commentary.value = quarter?.commentary ?? '';
}

/** A stored agreement in the create form, measure by measure, with the version its changes will be made to. */
function fillAgreement(form, measures, agreement, etag) {
  form.title.value = agreement.title;
  form.provider.value = agreement.provider;
  form.startDate.value = dayFirst(agreement.startDate);
  form.endDate.value = dayFirst(agreement.endDate);
  measures.innerHTML = '';
  agreement.measures.forEach((measure) => {
    measureRow(measures);
    const row = measures.lastElementChild;
    ['measureId', 'name', 'unit', 'target', 'direction', 'amberTolerancePercent']
      .forEach((role) => { row.querySelector(`[data-role="${role}"]`).value = String(measure[role] ?? ''); });
  });
  form.version.value = etag;
}

export async function start() {
  const who = requireSignIn();
  const admin = roles(who).includes('county-admin');
  const hub = document.getElementById('hub');
  if ((await fillHubs(hub, who)).length === 0) {
    showNoHubs(who);
    return;
  }
  const result = document.getElementById('result');
  if (admin) document.getElementById('create-section').classList.remove('hr-hidden');
  if (hub.value) await showAgreements(hub.value, admin);
  hub.addEventListener('change', () => showAgreements(hub.value, admin));

  const actuals = document.getElementById('actuals-form');
  actuals.quarter.addEventListener('change', () => fillActuals(actuals));
  if (current) restoreDraft(actuals);
  actuals.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {};
    const errors = [];
    actuals.querySelectorAll('[data-measure]').forEach((input) => {
      const text = input.value.trim();
      if (text === '') return;
      const value = parseNumber(text);
      if (Number.isNaN(value)) errors.push({ field: input.dataset.field, message: 'must be a number, such as 1200 or 4.5' });
      values[input.dataset.measure] = value;
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
      await showActuals(current.hubId, current.agreement);
      showSuccess(result, `Actuals saved for ${saved.body.quarter}`, `<p class="govuk-body">${saved.body.measures
        .map((measure) => `${escape(measure.name)}: ${ragTag(measure.rag)}`).join(' ')}</p>`);
    }
  });

  const measures = document.getElementById('measures');
  measureRow(measures);
  document.getElementById('add-measure').addEventListener('click', () => {
    measureRow(measures);
    measures.lastElementChild.querySelector('input').focus();
  });
  const form = document.getElementById('agreement-form');
  // Opened as agreements.html?hub=…&agreement=… (a county administrator's Change link): the form changes that agreement.
  const changing = admin && hub.value ? new URLSearchParams(location.search).get('agreement') : null;
  if (changing) {
    try {
      const stored = await api(`/hubs/${encodeURIComponent(hub.value)}/agreements/${encodeURIComponent(changing)}`);
      fillAgreement(form, measures, stored.body, stored.etag);
      document.getElementById('agreement-form-heading').textContent = `Change ${stored.body.title}`;
      document.getElementById('agreement-submit').textContent = 'Save the changes';
      document.getElementById('agreement-form-heading').scrollIntoView?.();
      hub.addEventListener('change', () => location.assign(`/agreements.html?hub=${encodeURIComponent(hub.value)}`));
    } catch (error) {
      document.getElementById('create-section').insertAdjacentHTML('afterbegin', `<div class="govuk-inset-text" id="agreement-unavailable">${error.status === 404
        ? 'There is no such agreement at this hub: create one below, or choose another from the list.' : escape(error.message)}</div>`);
    }
  }
  const editing = changing && form.version.value ? changing : null;
  restoreDraft(form, (name, count) => {
    measures.innerHTML = '';
    for (let i = 0; i < count; i++) measureRow(measures);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errors = [];
    const number = (row, index, role, label, ifEmpty) => {
      const text = row.querySelector(`[data-role="${role}"]`).value.trim();
      if (text === '') return ifEmpty;
      const value = parseNumber(text);
      if (Number.isNaN(value)) errors.push({ field: `measures[${index}].${role}`, message: `must be a number, such as ${label}` });
      return Number.isNaN(value) ? null : value;
    };
    // A measure row left (or made) empty is not sent: an extra row added by mistake, or a measure taken out of the agreement.
    const filled = [...measures.children].map((row, index) => ({ row, index }))
      .filter(({ row }) => TYPED_IN.some((role) => row.querySelector(`[data-role="${role}"]`).value.trim() !== ''));
    const agreement = {
      title: form.title.value.trim(), provider: form.provider.value.trim(),
      startDate: isoDate(form.startDate.value.trim()), endDate: isoDate(form.endDate.value.trim()),
      measures: filled.map(({ row, index }) => {
        const value = (role) => row.querySelector(`[data-role="${role}"]`).value.trim();
        return { measureId: value('measureId'), name: value('name'), unit: value('unit'),
          target: number(row, index, 'target', '1200', null), direction: value('direction'),
          amberTolerancePercent: number(row, index, 'amberTolerancePercent', '10', 0) };
      }),
    };
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const saved = await submitting(form, () => (editing
      ? api(`/hubs/${encodeURIComponent(hub.value)}/agreements/${encodeURIComponent(editing)}`,
        { method: 'PUT', json: agreement, ifMatch: form.version.value })
      : api(`/hubs/${encodeURIComponent(hub.value)}/agreements`, { method: 'POST', json: agreement, idempotent: true })), {
      fieldOf: (field) => field.replace(/^measures\[(\d+)\]/, (whole, index) => (filled[index] ? `measures[${filled[index].index}]` : whole)),
    });
    if (saved && editing) {
      fillAgreement(form, measures, saved.body, saved.etag);
      await showAgreements(hub.value, admin, saved.body.agreementId);
      showSuccess(result, 'The agreement was changed', `<p class="govuk-body">${escape(saved.body.title)} with ${counted(saved.body.measures.length, 'measure')}.</p>`);
    } else if (saved) {
      form.reset();
      measures.innerHTML = '';
      measureRow(measures);
      await showAgreements(hub.value, admin, saved.body.agreementId);
      showSuccess(result, 'The agreement was created', `<p class="govuk-body">${escape(saved.body.title)} with ${counted(saved.body.measures.length, 'measure')}.
        Its actuals are below.</p>`);
    }
  });
}
