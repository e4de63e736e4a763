// Bits every signed-in page uses: the sign-in gate and the hub picker.
import { claims } from './auth.js';
import { api, noneIf, signInAgain } from './api.js';
import { escape } from './forms.js';

export function requireSignIn() {
  const who = claims();
  if (!who) {
    signInAgain();
    throw new Error('Not signed in');
  }
  return who;
}

export function roles(who) {
  return who['cognito:groups'] ?? [];
}

/** Where to go after signing in: a path on this site only ("/meeting.html?hub=x"), never another site. */
export function safeNext(next) {
  return typeof next === 'string' && /^\/(?!\/)[^\\\u0000-\u001f]*$/.test(next) ? next : '/';
}

/** Every hub, in id order, page after page. */
export async function everyHub() {
  const all = [];
  let cursor = null;
  do {
    const { body } = await api(`/hubs?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    all.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return all;
}

/**
 * Whether a hub's quarter is signed off (FINAL), so that its records cannot change; from the hub's own return, as
 * sign-off stores every hub's. A quarter never rolled up is not signed off.
 */
export async function isSignedOff(hubId, quarter) {
  const returned = await api(`/hubs/${encodeURIComponent(hubId)}/returns/${encodeURIComponent(quarter)}`).catch(noneIf(404));
  return returned?.body.status === 'FINAL';
}

/** Fills a select with the hubs the user may work on: a hub-staff user's own, or every hub for the county. */
export async function fillHubs(select, who) {
  const own = (who['custom:hubs'] ?? '').split(',').filter(Boolean);
  let hubs;
  if (roles(who).includes('county-admin') || roles(who).includes('hub-staff')) {
    const all = await everyHub();
    hubs = roles(who).includes('county-admin') ? all : all.filter((hub) => own.includes(hub.hubId));
  } else {
    hubs = [];
  }
  select.innerHTML = hubs.map((hub) => `<option value="${escape(hub.hubId)}">${escape(hub.name)}</option>`).join('');
  const wanted = new URLSearchParams(location.search).get('hub');
  if (wanted && hubs.some((hub) => hub.hubId === wanted)) select.value = wanted;
  // The address names the hub chosen, so that signing in again (or a bookmark) comes back to it.
  select.addEventListener('change', () => {
    const address = new URL(location.href);
    address.searchParams.set('hub', select.value);
    history.replaceState(null, '', address);
  });
  return hubs;
}

export const SECTORS = ['PARENTS_CARERS', 'CHILDREN_YOUNG_PEOPLE', 'SCHOOLS', 'HEALTH', 'GP_PRIMARY_CARE', 'POLICE',
  'VOLUNTARY_COMMUNITY_FAITH', 'DISTRICT_COUNCIL', 'COUNCILLOR', 'CHILDRENS_CENTRE', 'YOUTH_OFFENDING', 'SOCIAL_CARE',
  'BEHAVIOUR_SUPPORT', 'YOUTH_ENGAGEMENT', 'HUB_STAFF', 'OTHER'];

const SECTOR_NAMES = {
  PARENTS_CARERS: 'Parents and carers', CHILDREN_YOUNG_PEOPLE: 'Children and young people', GP_PRIMARY_CARE: 'GP and primary care',
  VOLUNTARY_COMMUNITY_FAITH: 'Voluntary, community and faith', CHILDRENS_CENTRE: "Children's centre",
};

/** A partner sector as people write it: "GP and primary care" for GP_PRIMARY_CARE. */
export function sectorName(sector) {
  return SECTOR_NAMES[sector] ?? words(sector);
}

export function words(constant) {
  return constant.charAt(0) + constant.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** "12.50" pounds to 1250 pence; null when it is not money. */
export function poundsToPence(text) {
  const match = String(text).trim().replace(/^£/, '').replace(/,/g, '').match(/^(\d+)(?:\.(\d{1,2}))?$/);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 pence as "12.50" pounds, as the cost box takes them. */
export function penceToPounds(pence) {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

/** An instant as people in the council read it: "7 December 2026 at 14:03", London time. */
export function londonTime(instant) {
  return new Date(instant).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });
}

/** Hours as the API counts them: two decimal places. */
export function hours(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(2);
}

/** "1 volunteer", "2 volunteers". */
export function counted(count, noun, plural = `${noun}s`) {
  return `${count} ${Number(count) === 1 ? noun : plural}`;
}

/**
 * A page of forms for a hub's records, opened by someone with no hub to record for: it says why in place of the forms,
 * rather than offering forms that can only fail.
 */
export function showNoHubs(who) {
  const own = (who['custom:hubs'] ?? '').split(',').filter(Boolean);
  let why;
  if (roles(who).includes('county-admin')) {
    why = 'There are no hubs yet. Add one on the <a class="govuk-link" href="/hubs.html">Hubs</a> page first.';
  } else if (roles(who).includes('hub-staff')) {
    why = `Your sign-in is for ${own.length ? own.map((hubId) => `“${escape(hubId)}”`).join(', ') : 'no hub'}, and there is no hub with
      ${own.length === 1 ? 'that id' : 'those ids'}. Ask a county administrator to check the hubs your account names.`;
  } else {
    why = `Partners see the county's signed-off returns on the <a class="govuk-link" href="/">dashboard</a>, the hub pages and
      <a class="govuk-link" href="/downloads.html">Downloads</a>. Meetings, volunteer hours and agreements are recorded by hub staff
      and county administrators.`;
  }
  const main = document.getElementById('main-content');
  [...main.children].filter((element) => !element.matches('h1, #result')).forEach((element) => element.classList.add('hr-hidden'));
  main.querySelector('h1').insertAdjacentHTML('afterend', `<div class="govuk-inset-text" id="no-hubs">${why}</div>`);
}

export function percent(fraction) {
  return fraction === null || fraction === undefined ? '—' : `${(Number(fraction) * 100).toFixed(1)}%`;
}

/** A wide table in a region of its own that scrolls sideways on a narrow screen, so that the page does not. */
export function scrolling(label, table) {
  return `<div class="hr-table-scroll" role="region" aria-label="${escape(label)}" tabindex="0">${table}</div>`;
}
