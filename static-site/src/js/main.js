import { claims, signOut } from './auth.js';

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
  const role = (who['cognito:groups'] ?? []).join(', ');
  label.textContent = `Signed in as ${role}${who['custom:hubs'] ? ` (${who['custom:hubs']})` : ''}.`;
  link.textContent = 'Sign out';
  link.addEventListener('click', () => signOut());
}

showWhoIsSignedIn();
// data-ready tells tests (and anyone scripting the site) that the page's own script has taken over its forms.
const page = pages[document.body.dataset.page];
if (page) {
  page().then((module) => module.start()).finally(() => { document.body.dataset.ready = 'true'; });
} else {
  document.body.dataset.ready = 'true';
}
