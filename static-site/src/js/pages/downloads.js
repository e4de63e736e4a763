import { api, download } from '../api.js';
import { escape } from '../forms.js';
import { recentQuarters } from '../quarters.js';
import { requireSignIn } from '../shared.js';

export async function start() {
  requireSignIn();
  const target = document.getElementById('downloads');
  const returns = await Promise.all(recentQuarters(8).map((quarter) => api(`/returns/${quarter}`)
    .then((response) => response.body).catch(() => null)));
  const signedOff = returns.filter((county) => county && county.status === 'FINAL');
  if (signedOff.length === 0) {
    target.innerHTML = '<div class="govuk-inset-text">No quarter has been signed off yet.</div>';
    return;
  }
  const link = (path, text) => `<a class="govuk-link" href="#" data-download="${escape(path)}">${escape(text)}</a>`;
  target.innerHTML = signedOff.map((county) => `<h2 class="govuk-heading-m">${escape(county.quarter)}</h2>
    <ul class="govuk-list">
      <li>County summary: ${link(`/returns/${county.quarter}/summary.csv`, `CSV (${county.quarter} county)`)},
        ${link(`/returns/${county.quarter}/summary.pdf`, `PDF (${county.quarter} county)`)}</li>
      ${county.hubs.map((hub) => `<li>${escape(hub.hubName)}: ${link(`/hubs/${hub.hubId}/returns/${county.quarter}/summary.csv`, `CSV (${hub.hubName})`)},
        ${link(`/hubs/${hub.hubId}/returns/${county.quarter}/summary.pdf`, `PDF (${hub.hubName})`)}</li>`).join('')}
    </ul>`).join('');
  target.querySelectorAll('[data-download]').forEach((element) => element.addEventListener('click', (event) => {
    event.preventDefault();
    download(element.dataset.download).catch((error) => alert(error.message));
  }));
}
