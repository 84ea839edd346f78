// dates-peer.js scores Microsoft Recognizers-Text (recognizeDateTime, French
// and English cultures, with each row's reference date) on the date
// evaluation set with the rule of bench/datescmp: a row passes when a result
// overlaps the first occurrence of the expected text and one of its
// resolution values means the expected value; a row without expected text
// passes when nothing is found.
//
// A resolution value means the expected value when its timex or value
// starts with it ("2025-06-12" for "2025-06"), when the period it resolves
// to (start and end, or the day of a date) lies inside the expected period
// (a day of ISO week 2025-W34 for "2025-W34", the range of the first quarter
// for "2026-Q1"), when its season timex ("2018-SU") names the expected
// ISO 8601-2 season ("2018-22"), or when its duration timex equals the
// expected duration. Where Recognizers-Text gives several values (the past
// and the future June), any of them may match: the rule is generous to the
// peer.
//
// Times are averaged over five rounds after one untimed round. It prints one
// line per group of rows (fr, en, negative, all):
// "recognizers GROUP ROWS PASSED NS_PER_ROW"; with --failures it names the
// rows that fail on stderr.
'use strict';

const fs = require('fs');
const Suite = require('@microsoft/recognizers-text-suite');

const rounds = 5;
const groups = ['fr', 'en', 'negative', 'all'];
const seasons = { SP: '21', SU: '22', FA: '23', WI: '24' };

// day formats a UTC date as YYYY-MM-DD.
function day(d) {
  return d.toISOString().slice(0, 10);
}

// addDays returns the YYYY-MM-DD day n days after s.
function addDays(s, n) {
  const d = new Date(`${s}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return day(d);
}

// isoWeekStart returns the Monday of ISO week w of year y.
function isoWeekStart(y, w) {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  jan4.setUTCDate(jan4.getUTCDate() - (dow - 1) + 7 * (w - 1));
  return day(jan4);
}

// period returns the half-open day range [start, end) of an ISO value as
// written in dates.Expr.Value, or null for seasons and durations.
function period(v) {
  const pad = (n) => String(n).padStart(2, '0');
  let m;
  if ((m = /^(\d{3})$/.exec(v))) return [`${m[1]}0-01-01`, `${Number(m[1]) + 1}0-01-01`];
  if ((m = /^(\d{4})$/.exec(v))) return [`${m[1]}-01-01`, `${Number(m[1]) + 1}-01-01`];
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-07-01`] : [`${m[1]}-07-01`, `${Number(m[1]) + 1}-01-01`];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = Number(m[2]);
    const end = q === 4 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${pad(3 * q + 1)}-01`;
    return [`${m[1]}-${pad(3 * q - 2)}-01`, end];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const s = isoWeekStart(Number(m[1]), Number(m[2]));
    return [s, addDays(s, 7)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v)) && Number(m[2]) <= 12) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return [`${m[1]}-${m[2]}-01`, mo === 12 ? `${y + 1}-01-01` : `${m[1]}-${pad(mo + 1)}-01`];
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})$/.exec(v))) return [m[1], addDays(m[1], 1)];
  return null;
}

// resolvedPeriod returns the day range a resolution value resolves to, or null.
function resolvedPeriod(r) {
  const d = (s) => (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);
  const start = d(r.start);
  const end = d(r.end);
  if (start && end) return [start, end];
  const v = d(r.value);
  if (v && (r.type === 'date' || r.type === 'datetime')) return [v, addDays(v, 1)];
  return null;
}

// means reports whether a resolution value means the expected value.
function means(r, want) {
  const timex = typeof r.timex === 'string' ? r.timex : '';
  const value = typeof r.value === 'string' ? r.value : '';
  if (want.startsWith('P')) return timex === want;
  if (timex.startsWith(want) || value.startsWith(want)) return true;
  const s = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex);
  if (s && `${s[1]}-${seasons[s[2]]}` === want) return true;
  const w = period(want);
  const p = resolvedPeriod(r);
  return w !== null && p !== null && p[0] < p[1] && p[0] >= w[0] && p[1] <= w[1];
}

// pass reports whether the results are right for the row.
function pass(row, results) {
  if (row.find === null) return results.length === 0;
  const s = row.text.indexOf(row.find);
  const e = s + row.find.length;
  return results.some((res) => res.start < e && res.end + 1 > s &&
    ((res.resolution && res.resolution.values) || []).some((r) => means(r, row.value)));
}

// recognize runs the peer on one row.
function recognize(row) {
  const culture = row.lang === 'fr' ? Suite.Culture.French : Suite.Culture.English;
  try {
    return Suite.recognizeDateTime(row.text, culture, undefined, row.refDate);
  } catch (e) {
    return [];
  }
}

function main(args) {
  const failures = args.includes('--failures');
  const file = args.filter((a) => a !== '--failures')[0];
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  for (const r of rows) {
    const [y, m, d] = r.ref.split('-').map(Number);
    r.refDate = new Date(y, m - 1, d);
    r.group = r.find === null ? 'negative' : r.lang;
  }
  const total = {};
  const passed = {};
  const ns = {};
  for (const g of groups) {
    total[g] = 0;
    passed[g] = 0;
    ns[g] = 0n;
  }
  for (const r of rows) { // untimed round: loads the models and scores
    const results = recognize(r);
    const ok = pass(r, results);
    for (const g of [r.group, 'all']) {
      total[g]++;
      if (ok) passed[g]++;
    }
    if (!ok && failures) {
      const got = results.map((x) => `"${x.text}"=${JSON.stringify(x.resolution && x.resolution.values)}`);
      console.error(`dates-peer.js: fail ${r.ref} ${JSON.stringify(r.text)} want ${r.value} got [${got.join(' ')}]`);
    }
  }
  for (let i = 0; i < rounds; i++) {
    for (const r of rows) {
      const t0 = process.hrtime.bigint();
      recognize(r);
      const dt = process.hrtime.bigint() - t0;
      ns[r.group] += dt;
      ns.all += dt;
    }
  }
  for (const g of groups) {
    const perRow = total[g] ? ns[g] / BigInt(total[g] * rounds) : 0n;
    console.log(['recognizers', g, total[g], passed[g], perRow.toString()].join('\t'));
  }
}

main(process.argv.slice(2));
