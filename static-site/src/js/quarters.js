// Quarters of the April-start financial year, as the API names them: 2026-Q1 is April to June 2026.
export function quarterOf(date = new Date()) {
  const month = date.getMonth() + 1;
  const year = month >= 4 ? date.getFullYear() : date.getFullYear() - 1;
  const number = Math.floor(((month - 4 + 12) % 12) / 3) + 1;
  return `${year}-Q${number}`;
}

/** The quarter a YYYY-MM-DD day falls in. */
export function quarterOfDay(isoDay) {
  const [year, month, day] = isoDay.split('-').map(Number);
  return quarterOf(new Date(year, month - 1, day));
}

export function previous(quarter, count = 1) {
  let [year, number] = quarter.split('-Q').map(Number);
  for (let i = 0; i < count; i++) {
    number -= 1;
    if (number === 0) { number = 4; year -= 1; }
  }
  return `${year}-Q${number}`;
}

export function recentQuarters(count = 8) {
  const current = quarterOf();
  return Array.from({ length: count }, (_, i) => previous(current, i));
}

/** The recent quarters to choose from, with one asked for by the page's address (such as ?quarter=2024-Q4) among them, newest first. */
export function quartersWith(wanted, count = 8) {
  const quarters = recentQuarters(count);
  if (/^\d{4}-Q[1-4]$/.test(wanted ?? '') && !quarters.includes(wanted)) {
    quarters.push(wanted);
    quarters.sort().reverse();
  }
  return quarters;
}
