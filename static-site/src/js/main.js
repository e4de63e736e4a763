import { claims, signOut } from './auth.js';
import { ApiError } from './errors.js';
import { escape, loadProblem } from './forms.js';

const pages = {
  'sign-in': () => import('./pages/signIn.js'),
  'signed-in': () => import('./pages/signedIn.js'),
  dashboard: () => import('./pages/dashboard.js'),
  meeting: () => import('./pages/meeting.js'),
  volunteering: () => import('./pages/volunteering.js'),
  agreements: () => import('./pages/agreements.js'),
  hub: () => import('./pages/hub.js'),
  downloads: () => import('./pages/downloads.js'),
  hubs: () => import('./pages/hubs.js'),
  changes: () => import('./pages/changes.js'),
};

function showWhoIsSignedIn() {
  const who = claims();
  const link = document.getElementById('sign-in-link');
  const label = document.getElementById('signed-in-as');
  if (!who) return;
  const names = { 'county-admin': 'county administrator', 'hub-staff': 'hub staff', partner: 'partner' };
  const role = (who['cognito:groups'] ?? []).map((group) => names[group] ?? group).join(', ');
  label.textContent = `Signed in as ${role}${who['custom:hubs'] ? ` (${who['custom:hubs']})` : ''}.`;
  link.textContent = 'Sign out';
  link.addEventListener('click', () => signOut());
}

/**
 * A page whose script stopped because something it fetched did not come (the API unreachable or failing) says so
 * above its content; one that sent the user off to sign in says nothing.
 */
function showPageProblem(error) {
  if (error?.message === 'Not signed in' || (error instanceof ApiError && error.status === 401)) return;
  document.getElementById('page-problem')?.remove();
  document.getElementById('main-content').insertAdjacentHTML('afterbegin', `<div class="govuk-error-summary" id="page-problem"
      data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body"><p class="govuk-body">${escape(loadProblem(error))}</p></div></div></div>`);
  document.querySelectorAll('[data-loading]').forEach((element) => element.remove());
}

showWhoIsSignedIn();
// data-ready tells tests (and anyone scripting the site) that the page's own script has taken over its forms.
const page = pages[document.body.dataset.page];
if (page) {
  page().then((module) => module.start()).catch(showPageProblem).finally(() => { document.body.dataset.ready = 'true'; });
} else {
  document.body.dataset.ready = 'true';
}
