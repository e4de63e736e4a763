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
