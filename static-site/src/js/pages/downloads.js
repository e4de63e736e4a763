import { api, download, noneIf } from '../api.js';
import { escape } from '../forms.js';
import { recentQuarters } from '../quarters.js';
import { requireSignIn, roles } from '../shared.js';

export async function start() {
  const who = requireSignIn();
  const target = document.getElementById('downloads');
  // A quarter with no return (404), or not yet signed off for a partner (403), has nothing to download; any other
  // failure stops the page, which then says the service could not be reached.
  const returns = await Promise.all(recentQuarters(8).map((quarter) => api(`/returns/${quarter}`)
    .then((response) => response.body).catch(noneIf(404, 403))));
  const signedOff = returns.filter((county) => county && county.status === 'FINAL');
  if (signedOff.length === 0) {
    target.innerHTML = '<div class="govuk-inset-text">No quarter has been signed off yet.</div>';
    return;
  }
  // Hub staff may fetch their own hubs' summaries; the county's, and every hub's, are for the county and partners.
  const own = (who['custom:hubs'] ?? '').split(',').filter(Boolean);
  const mayFetch = (hubId) => !roles(who).includes('hub-staff') || roles(who).includes('county-admin') || own.includes(hubId);
  const link = (path, text) => `<a class="govuk-link" href="#" data-download="${escape(path)}">${escape(text)}</a>`;
  target.innerHTML = `<div id="download-problem" aria-live="assertive"></div>${signedOff.map((county) => `<h2 class="govuk-heading-m">${escape(county.quarter)}</h2>
    <ul class="govuk-list">
      <li>County summary: ${link(`/returns/${county.quarter}/summary.csv`, `CSV (${county.quarter} county)`)},
        ${link(`/returns/${county.quarter}/summary.pdf`, `PDF (${county.quarter} county)`)}</li>
      ${county.hubs.filter((hub) => mayFetch(hub.hubId)).map((hub) => `<li>${escape(hub.hubName)}: ${link(`/hubs/${hub.hubId}/returns/${county.quarter}/summary.csv`, `CSV (${hub.hubName})`)},
        ${link(`/hubs/${hub.hubId}/returns/${county.quarter}/summary.pdf`, `PDF (${hub.hubName})`)}</li>`).join('')}
    </ul>`).join('')}`;
  const problem = document.getElementById('download-problem');
  target.querySelectorAll('[data-download]').forEach((element) => element.addEventListener('click', (event) => {
    event.preventDefault();
    problem.innerHTML = '';
    download(element.dataset.download).catch((error) => {
      problem.innerHTML = `<div class="govuk-error-summary" tabindex="-1"><div role="alert"><h2 class="govuk-error-summary__title">That file could not be downloaded</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body">${escape(error.message)}</p></div></div></div>`;
      problem.firstElementChild.focus();
    });
  }));
}
