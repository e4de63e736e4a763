import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }
  from 'chart.js';
import { api } from '../api.js';
import { askTwice, escape, loadProblem, ragTag, showSuccess, submitting } from '../forms.js';
import { previous, quarterOf, quartersWith } from '../quarters.js';
import { hours as formatHours, londonTime, percent, requireSignIn, roles, scrolling } from '../shared.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const FRACTIONS = new Set(['volunteering.retentionRate', 'meetings.sectorCoverage', 'agreements.compliance']);
let benchmarkChart;
let trendChart;

function figure(metric, value) {
  if (value === null || value === undefined) return '—';
  if (metric === 'volunteering.hours') return formatHours(value);
  return FRACTIONS.has(metric) ? percent(value) : String(value);
}

function change(metric, standing) {
  if (standing?.change === null || standing?.change === undefined) return '—';
  const value = Number(standing.change);
  // Written as the figure itself is (hours with two decimals), with its sign: +1.50, −3.50.
  const size = Math.abs(value);
  const text = FRACTIONS.has(metric) ? `${(size * 100).toFixed(1)} points` : figure(metric, size);
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : text;
}

function standingOf(county, metric, hubId) {
  return county.benchmarks[metric]?.hubs.find((standing) => standing.hubId === hubId);
}

function render(county, who) {
  const own = (who['custom:hubs'] ?? '').split(',').filter(Boolean);
  const linked = (hubId) => !roles(who).includes('hub-staff') || roles(who).includes('county-admin') || own.includes(hubId);
  const hours = 'volunteering.hours';
  const generated = londonTime(county.generatedAt);
  const signOff = county.status === 'FINAL' && county.signOff?.signedOffAt ? ` Signed off ${escape(londonTime(county.signOff.signedOffAt))}.`
    : county.signOff?.reopenedAt ? ` Reopened ${escape(londonTime(county.signOff.reopenedAt))}.` : '';
  const status = county.status === 'FINAL'
    ? '<strong class="govuk-tag govuk-tag--green">Final</strong>' : '<strong class="govuk-tag govuk-tag--yellow">Draft</strong>';
  const rows = county.hubs.map((hub) => `<tr class="govuk-table__row" data-hub="${escape(hub.hubId)}">
    <th scope="row" class="govuk-table__header">${linked(hub.hubId) ? `<a class="govuk-link" href="/hub.html?hub=${encodeURIComponent(hub.hubId)}&quarter=${encodeURIComponent(county.quarter)}">${escape(hub.hubName)}</a>` : escape(hub.hubName)}</th>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="meetings.held">${hub.meetings.held}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="meetings.sectorCoverage">${percent(hub.meetings.sectorCoverage)}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="volunteering.hours">${formatHours(hub.volunteering.hours)}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="volunteering.activeVolunteers">${hub.volunteering.activeVolunteers}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="volunteering.retentionRate">${percent(hub.volunteering.retentionRate)}</td>
    <td class="govuk-table__cell">${hub.agreements.green ? ragTag('GREEN') + ' ' + hub.agreements.green : ''}
      ${hub.agreements.amber ? ragTag('AMBER') + ' ' + hub.agreements.amber : ''} ${hub.agreements.red ? ragTag('RED') + ' ' + hub.agreements.red : ''}
      ${hub.agreements.green + hub.agreements.amber + hub.agreements.red === 0 ? '—' : ''}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="rank">${standingOf(county, hours, hub.hubId)?.rank ?? '—'}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric" data-metric="change">${change(hours, standingOf(county, hours, hub.hubId))}</td>
  </tr>`).join('');
  const totals = county.county;
  const completeness = county.hubs.map((hub) => `<li><strong>${escape(hub.hubName)}</strong>: ${hub.completeness.present} of
    ${hub.completeness.expected} expected items${hub.completeness.missing.length ? `; missing: ${hub.completeness.missing.map(escape).join('; ')}` : ''}</li>`).join('');
  document.getElementById('dashboard').innerHTML = `
    <p class="govuk-body" id="county-status">${status} Figures generated ${escape(generated)}.${signOff}</p>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-l govuk-!-margin-bottom-0" id="county-hours">${formatHours(totals.volunteeringHours)}</span>volunteer hours</p></div>
      <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-l govuk-!-margin-bottom-0" id="county-meetings">${totals.meetingsHeld}</span>meetings</p></div>
      <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-l govuk-!-margin-bottom-0">${percent(totals.retentionRate)}</span>retention</p></div>
      <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-l govuk-!-margin-bottom-0">${percent(totals.compliance)}</span>agreement compliance</p></div>
    </div>
    ${scrolling(`Hubs in ${county.quarter}`, `<table class="govuk-table" id="county-table"><caption class="govuk-table__caption govuk-table__caption--m">Hubs in ${escape(county.quarter)}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Hub</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Meetings</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Sector coverage</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Volunteer hours</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Active volunteers</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Retention</th>
        <th scope="col" class="govuk-table__header">Agreement measures</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Rank (hours)</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Change (hours)</th>
      </tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>`)}
    <h2 class="govuk-heading-l">Completeness</h2><ul class="govuk-list govuk-list--bullet">${completeness}</ul>`;
}

function drawBenchmark(county, metric) {
  const benchmark = county.benchmarks[metric];
  const ranked = [...benchmark.hubs].filter((standing) => standing.value !== null)
    .sort((a, b) => Number(b.value) - Number(a.value));
  const names = Object.fromEntries(county.hubs.map((hub) => [hub.hubId, hub.hubName]));
  const scale = FRACTIONS.has(metric) ? 100 : 1;
  const measure = document.querySelector(`#metric option[value="${metric}"]`).textContent;
  const canvas = document.getElementById('benchmark-chart');
  canvas.setAttribute('aria-label', `Hubs compared on ${measure.toLowerCase()}, highest first, with the county median: the same figures are in the table below`);
  document.getElementById('benchmark-median').textContent = `County median: ${figure(metric, benchmark.median)}`;
  document.getElementById('benchmark-figures').innerHTML = scrolling(`${measure} by hub`, `<table class="govuk-table" id="benchmark-table">
    <caption class="govuk-table__caption govuk-table__caption--s">${escape(measure)} by hub, highest first</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Hub</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">${escape(measure)}</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Rank</th></tr></thead>
    <tbody class="govuk-table__body">${ranked.map((standing) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${escape(names[standing.hubId])}</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${figure(metric, standing.value)}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${standing.rank ?? '—'}</td></tr>`).join('')}
    <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">County median</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${figure(metric, benchmark.median)}</td><td class="govuk-table__cell"></td></tr></tbody></table>`);
  benchmarkChart?.destroy();
  benchmarkChart = new Chart(canvas, {
    data: {
      labels: ranked.map((standing) => names[standing.hubId]),
      datasets: [
        { type: 'bar', label: measure,
          data: ranked.map((standing) => Number(standing.value) * scale), backgroundColor: '#1d70b8' },
        { type: 'line', label: 'County median', data: ranked.map(() => Number(benchmark.median) * scale),
          borderColor: '#d4351c', borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
}

// County returns already fetched on this page, so moving between quarters does not fetch the trend's four again.
// A failed fetch is forgotten, so that the next look tries again.
const countyReturns = new Map();

function countyReturn(quarter) {
  if (!countyReturns.has(quarter)) {
    countyReturns.set(quarter, api(`/returns/${quarter}`).then((r) => r.body).catch((error) => {
      countyReturns.delete(quarter);
      throw error;
    }));
  }
  return countyReturns.get(quarter);
}

async function drawTrend(quarter) {
  const quarters = [3, 2, 1, 0].map((back) => previous(quarter, back));
  const returns = await Promise.all(quarters.map((id) => countyReturn(id).catch(() => null)));
  document.getElementById('trend-figures').innerHTML = scrolling('County figures over the last four quarters', `<table class="govuk-table" id="trend-table">
    <caption class="govuk-table__caption govuk-table__caption--s">County figures over the last four quarters</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Quarter</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Volunteer hours</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Meetings held</th></tr></thead>
    <tbody class="govuk-table__body">${quarters.map((id, i) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${escape(id)}</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${returns[i] ? formatHours(returns[i].county.volunteeringHours) : 'No return'}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${returns[i] ? escape(returns[i].county.meetingsHeld) : 'No return'}</td></tr>`).join('')}
    </tbody></table>`);
  trendChart?.destroy();
  trendChart = new Chart(document.getElementById('trend-chart'), {
    data: {
      labels: quarters,
      datasets: [
        { type: 'line', label: 'Volunteer hours', data: returns.map((r) => (r ? Number(r.county.volunteeringHours) : null)),
          borderColor: '#1d70b8', yAxisID: 'hours' },
        { type: 'bar', label: 'Meetings held', data: returns.map((r) => (r ? r.county.meetingsHeld : null)),
          backgroundColor: '#00703c', yAxisID: 'meetings' },
      ],
    },
    options: { maintainAspectRatio: false, animation: false,
      scales: { hours: { position: 'left', beginAtZero: true }, meetings: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } } },
  });
}

/**
 * A county administrator signs the shown quarter off (recomputed once more, then frozen) or reopens it: a button,
 * then a second one to confirm. onChanged(county) gets the return as the API now holds it.
 */
function offerSignOff(county, who, onChanged) {
  const form = document.getElementById('sign-off-form');
  if (!roles(who).includes('county-admin')) return;
  const final = county.status === 'FINAL';
  const verb = final ? 'Reopen' : 'Sign off';
  form.innerHTML = `<h2 class="govuk-heading-m">${verb} ${escape(county.quarter)}</h2>
    <p class="govuk-body">${final
    ? 'Reopening makes the quarter a draft again: hubs can change its records again, and the nightly rollup recomputes it. Who reopened it, and when, is recorded.'
    : 'Signing off recomputes the quarter once more from every record, then freezes it: its returns become final, partners can see and download them, and no meeting, volunteer entry or actuals dated in it can be changed until it is reopened. Only a quarter that has ended can be signed off.'}</p>
    <button type="button" class="govuk-button ${final ? 'govuk-button--warning' : ''}" id="sign-off-start">${verb} ${escape(county.quarter)}</button>
    <div id="sign-off-confirm" class="hr-hidden">
      <p class="govuk-body govuk-!-font-weight-bold">${final ? `Reopen ${escape(county.quarter)} for changes?` : `Sign off ${escape(county.quarter)} and freeze its returns?`}</p>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button ${final ? 'govuk-button--warning' : ''}" id="sign-off-yes">Yes, ${verb.toLowerCase()} ${escape(county.quarter)}</button>
        <button type="button" class="govuk-button govuk-button--secondary" id="sign-off-no">No, leave it ${final ? 'final' : 'a draft'}</button>
      </div>
    </div>`;
  form.classList.remove('hr-hidden');
  askTwice(document.getElementById('sign-off-start'), document.getElementById('sign-off-confirm'), document.getElementById('sign-off-yes'),
    document.getElementById('sign-off-no'));
  form.onsubmit = async (event) => {
    event.preventDefault();
    const done = await submitting(form, () => api(`/returns/${encodeURIComponent(county.quarter)}/${final ? 'reopen' : 'sign-off'}`,
      { method: 'POST', idempotent: true }));
    if (done) {
      showSuccess(document.getElementById('result'), final ? `${county.quarter} is reopened` : `${county.quarter} is signed off`,
        `<p class="govuk-body">${final ? 'Its returns are a draft again.' : 'Its returns are final.'}</p>`);
      onChanged(done.body);
    }
  };
}

async function show(quarter, who) {
  const target = document.getElementById('dashboard');
  const charts = document.getElementById('charts');
  document.getElementById('sign-off-form').classList.add('hr-hidden');
  try {
    const body = await countyReturn(quarter);
    render(body, who);
    offerSignOff(body, who, (now) => {
      countyReturns.set(quarter, Promise.resolve(now));
      show(quarter, who);
    });
    charts.classList.remove('hr-hidden');
    const metric = document.getElementById('metric');
    drawBenchmark(body, metric.value);
    metric.onchange = () => drawBenchmark(body, metric.value);
    await drawTrend(quarter);
  } catch (error) {
    charts.classList.add('hr-hidden');
    target.innerHTML = error.status === 404
      ? `<div class="govuk-inset-text">No return yet for ${escape(quarter)}. Returns are rolled up every night from the records hubs enter.</div>`
      : `<div class="govuk-inset-text">${escape(loadProblem(error))}</div>`;
  }
}

export async function start() {
  const who = requireSignIn();
  const select = document.getElementById('quarter');
  const wanted = new URLSearchParams(location.search).get('quarter');
  const quarters = quartersWith(wanted);
  select.innerHTML = quarters.map((quarter) => `<option value="${quarter}">${quarter}</option>`).join('');
  select.value = quarters.includes(wanted) ? wanted : quarterOf();
  select.addEventListener('change', () => show(select.value, who));
  await show(select.value, who);
}
