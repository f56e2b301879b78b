/**
 * Three synthetic exports for the "bring your own data" guide (docs/bring-your-own-data.md), shaped as the
 * systems that produce them write them, from a fixed seed: every run writes the same bytes. The project ships no
 * real data; these files copy the shape (and the oddities) of real exports, not their content.
 *
 * - `kiosk-servqual.csv`: a SERVQUAL survey of self-order kiosk users (Google-Forms-style export re-saved by
 *   Excel on Korean Windows): CP949, Korean headers (some ending in a space), a submission timestamp, 22 items
 *   asked as expectation (기대) and perception (인식) on 1–7, `99` for "don't know", a few damaged rows.
 * - `call-log.csv`: a contact-centre ACD export, one call a row: IVR entry, queue entry, answer or abandon
 *   (the other blank), local year-first times without an offset, a few rows without a call id.
 * - `passengers.csv`: an airline passenger survey: English headers with spaces, a pandas index column without
 *   a name of its own (`Unnamed: 0`), `0` = not applicable on the 1–5 items, the overall answer as text,
 *   delays in minutes (some blank).
 *
 * Run `npx tsx examples/byod/make.ts [folder]` (default examples/byod/data) to write them; the tests call
 * {@link makeExports} into a temporary folder.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same stream on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform stream. */
function normal(u: () => number): number {
  const a = Math.max(u(), 1e-12);
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const pick = <T>(u: () => number, xs: readonly T[]): T => xs[Math.floor(u() * xs.length)] as T;
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

// ── CP949 ───────────────────────────────────────────────────────────────────────────────────────────────────

let cp949Table: Map<string, number[]> | undefined;

/**
 * Encode text as CP949 (Unified Hangul Code, the superset of EUC-KR that Korean Windows writes). Node has no
 * CP949 encoder, only the WHATWG decoder; the table is built once by decoding every two-byte sequence.
 */
export function encodeCp949(text: string): Uint8Array {
  if (cp949Table === undefined) {
    cp949Table = new Map();
    const dec = new TextDecoder("euc-kr");
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== "\ufffd" && !cp949Table.has(ch)) cp949Table.set(ch, [lead, trail]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = cp949Table.get(ch);
      if (bytes === undefined) throw new Error(`make.ts: ${JSON.stringify(ch)} has no CP949 code`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

// ── a. SERVQUAL kiosk survey ────────────────────────────────────────────────────────────────────────────────

/**
 * The 22 kiosk items: Korean wording as the form asked it, the expectation mean and the true perception −
 * expectation gap on the 1–7 scale. Items 2, 6 and 14 have no gap; item 21 (ordering without queueing at the
 * counter) is perceived above what customers expect.
 */
export const KIOSK_ITEMS: readonly { readonly ko: string; readonly e: number; readonly gap: number }[] = [
  { ko: "화면이 깨끗하고 잘 보인다", e: 6.0, gap: -0.7 },
  { ko: "키오스크 외관이 깔끔하다", e: 5.2, gap: 0 },
  { ko: "메뉴 사진과 안내 문구를 알아보기 쉽다", e: 6.1, gap: -0.9 },
  { ko: "영수증과 주문번호가 또렷하게 출력된다", e: 5.8, gap: -0.5 },
  { ko: "주문한 대로 정확하게 접수된다", e: 6.3, gap: -0.6 },
  { ko: "결제 금액이 정확하다", e: 6.2, gap: 0 },
  { ko: "키오스크가 고장 없이 작동한다", e: 6.1, gap: -1.0 },
  { ko: "할인과 쿠폰이 제대로 적용된다", e: 5.9, gap: -1.1 },
  { ko: "주문 내역이 주방에 정확히 전달된다", e: 6.2, gap: -0.5 },
  { ko: "화면 반응이 빠르다", e: 6.0, gap: -0.8 },
  { ko: "결제가 빨리 끝난다", e: 6.0, gap: -0.5 },
  { ko: "문제가 생기면 직원이 바로 도와준다", e: 6.1, gap: -1.4 },
  { ko: "주문 후 음식이 빨리 나온다", e: 5.9, gap: -0.7 },
  { ko: "카드 결제가 안전하다고 느낀다", e: 5.7, gap: 0 },
  { ko: "개인정보가 보호된다고 느낀다", e: 5.9, gap: -0.6 },
  { ko: "직원이 키오스크 사용법을 잘 안다", e: 5.8, gap: -0.7 },
  { ko: "주문이 잘 들어갔는지 확신할 수 있다", e: 6.0, gap: -0.6 },
  { ko: "글자 크기와 화면 높이가 이용하기 편하다", e: 6.0, gap: -1.2 },
  { ko: "처음 쓰는 사람도 쉽게 쓸 수 있다", e: 6.1, gap: -1.5 },
  { ko: "원하는 옵션을 쉽게 고를 수 있다", e: 5.9, gap: -0.9 },
  { ko: "카운터 줄을 서지 않고 주문할 수 있다", e: 4.8, gap: 0.8 },
  { ko: "외국어와 음성 안내를 지원한다", e: 5.3, gap: -0.8 },
];

/** Headers written with a trailing space, as the real export had them (the form tool kept the typed space). */
const KIOSK_SPACED = new Set(["e3", "e7", "e12", "e18", "p3", "p7", "p9", "p12", "p18", "p21", "ts"]);

/** The header of a kiosk item as the form tool wrote it: `기대 수준 [wording]` or `인식 수준 [wording]`. */
export function kioskHeader(kind: "e" | "p", item: number): string {
  const it = KIOSK_ITEMS[item - 1];
  if (it === undefined) throw new Error(`make.ts: no kiosk item ${item}`);
  const h = `${kind === "e" ? "기대 수준" : "인식 수준"} [${it.ko}]`;
  return KIOSK_SPACED.has(`${kind}${item}`) ? `${h} ` : h;
}

const AGE_BANDS = ["20대", "30대", "40대", "50대", "60대 이상"] as const;

/** One respondent's 22 expectation and 22 perception answers. */
function kioskAnswers(u: () => number, age: number): number[] {
  const ePerson = normal(u) * 0.5;
  const pPerson = normal(u) * 0.5 - (age >= 3 ? 0.3 : 0);
  const e: number[] = [];
  const p: number[] = [];
  for (const it of KIOSK_ITEMS) {
    const shared = normal(u) * 0.5;
    e.push(Math.round(clamp(it.e + ePerson + shared + normal(u) * 0.6, 1, 7)));
    // An item without a gap draws perception from the expectation's own distribution (same person, same
    // item), so rounding and the scale's ends cannot make a gap of their own.
    const pv = it.gap === 0 ? it.e + ePerson + shared + normal(u) * 0.6 : it.e + it.gap + ePerson * 0.6 + pPerson + shared + normal(u) * 0.7;
    p.push(Math.round(clamp(pv, 1, 7)));
  }
  return [...e, ...p];
}

/** A Google-Forms-style Korean submission time: `2026. 3. 14 오후 2:05:09`. */
function koreanStamp(u: () => number): string {
  const day = 2 + Math.floor(u() * 26);
  const h = 10 + Math.floor(u() * 11);
  const half = h < 12 ? "오전" : "오후";
  return `2026. 3. ${day} ${half} ${h > 12 ? h - 12 : h}:${pad(Math.floor(u() * 60))}:${pad(Math.floor(u() * 60))}`;
}

/**
 * The kiosk survey as text (the caller encodes it as CP949), CRLF line ends as Excel writes. The default seed
 * is one whose sample shows the planted truth plainly (the three items without a gap stay within |t| < 0.3), so
 * the guide teaches the method and not the luck of one draw.
 */
export function kioskCsv(seed = 20260335): string {
  const u = rng(seed);
  const n = KIOSK_ITEMS.length;
  const header = ["번호", `제출시각 `, "성별", "연령대"];
  for (let i = 1; i <= n; i++) header.push(kioskHeader("e", i));
  for (let i = 1; i <= n; i++) header.push(kioskHeader("p", i));
  const lines = [header.join(",")];
  for (let r = 1; r <= 200; r++) {
    const age = Math.floor(u() * AGE_BANDS.length);
    const answers: (number | string)[] = kioskAnswers(u, age);
    // Three "don't know" answers (99) as the fieldwork firm codes them.
    if (r === 17) answers[n + 14] = 99;
    if (r === 88) answers[14] = 99;
    if (r === 151) answers[n + 21] = 99;
    // Two damaged cells: a unit typed into the cell, and an 8 on a 1–7 scale.
    if (r === 42) answers[n + 9] = "5점";
    if (r === 120) answers[6] = 8;
    const row = [`K${pad(r, 3)}`, koreanStamp(u), pick(u, ["남", "여"]), AGE_BANDS[age] ?? "", ...answers.map(String)];
    // A row cut off by the export (the last 30 answers missing).
    if (r === 63) row.length = row.length - 30;
    lines.push(row.join(","));
  }
  // A test submission left in the sheet without a respondent number.
  lines.splice(100, 0, ["", koreanStamp(u), "", "", ...Array.from({ length: 2 * n }, () => "4")].join(","));
  return `${lines.join("\r\n")}\r\n`;
}

// ── b. Contact-centre call log ──────────────────────────────────────────────────────────────────────────────

/** A local time as the ACD writes it: `2026/03/02 09:14:05` (year first, no offset). */
function acdTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Mean answer wait (seconds) by hour of the day: the morning and early-afternoon peaks are understaffed. */
function meanWait(hour: number): number {
  if (hour === 10 || hour === 11) return 40;
  if (hour === 14) return 30;
  return 9;
}

/** One call row: id, IVR entry, queue entry, answer, abandon, agent, queue. */
function callRow(u: () => number, id: string, start: number): string[] {
  const queue = u() < 0.6 ? "cards" : "loans";
  const ivr = 15 + Math.floor(-Math.log(Math.max(u(), 1e-9)) * 25);
  // A tenth of the callers finish in the IVR (balance enquiries) and never queue.
  if (u() < 0.1) return [id, acdTime(start), "", "", "", "", queue];
  const queued = start + ivr * 1000;
  const wait = -Math.log(Math.max(u(), 1e-9)) * meanWait(new Date(start).getUTCHours());
  const patience = -Math.log(Math.max(u(), 1e-9)) * 150;
  if (patience < wait) return [id, acdTime(start), acdTime(queued), "", acdTime(queued + Math.max(1, Math.round(patience)) * 1000), "", queue];
  const agent = `A${pad(1 + Math.floor(u() * 24), 3)}`;
  return [id, acdTime(start), acdTime(queued), acdTime(queued + Math.round(wait) * 1000), "", agent, queue];
}

/** The call log: 3,000 calls over five working days, CRLF line ends. */
export function callLogCsv(seed = 20260302): string {
  const u = rng(seed);
  const lines = ["Call ID,IVR Start,Queue Start,Answer Time,Abandon Time,Agent,Queue"];
  let seq = 0;
  for (let day = 0; day < 5; day++) {
    // Local clock times are written as UTC fields here; the offset is stated in the data description.
    const open = Date.UTC(2026, 2, 2 + day, 9, 0, 0);
    for (let c = 0; c < 600; c++) {
      // Arrivals denser in the peaks: a mixture of uniform and peak-centred times.
      const r = u();
      const sec = r < 0.35 ? 3600 + u() * 7200 : r < 0.5 ? 5 * 3600 + u() * 3600 : u() * 9 * 3600;
      seq++;
      const id = `2603${pad(2 + day)}${pad(seq, 5)}`;
      lines.push(callRow(u, id, open + Math.floor(sec) * 1000).join(","));
    }
  }
  const body = lines.slice(1).sort((a, b) => (a.split(",")[1] ?? "").localeCompare(b.split(",")[1] ?? ""));
  // Four calls transferred from another site arrive without a call id.
  for (const at of [311, 1204, 1950, 2717]) body[at] = body[at]?.replace(/^[^,]*/, "") ?? "";
  return `${[lines[0], ...body].join("\r\n")}\r\n`;
}

// ── c. Airline passenger survey ─────────────────────────────────────────────────────────────────────────────

/** The 14 rated services (header as written, mean on 1–5, weight in the overall verdict, share of 0 = n/a). */
export const AIRLINE_ITEMS: readonly { readonly header: string; readonly mean: number; readonly drive: number; readonly na: number }[] = [
  { header: "Inflight wifi service", mean: 2.7, drive: 0.9, na: 0.03 },
  { header: "Departure/Arrival time convenient", mean: 3.1, drive: -0.1, na: 0.05 },
  { header: "Ease of Online booking", mean: 2.8, drive: 0.2, na: 0.04 },
  { header: "Gate location", mean: 3.0, drive: 0.0, na: 0.0 },
  { header: "Food and drink", mean: 3.2, drive: 0.0, na: 0.001 },
  { header: "Online boarding", mean: 3.2, drive: 1.0, na: 0.02 },
  { header: "Seat comfort", mean: 3.4, drive: 0.2, na: 0.0 },
  { header: "Inflight entertainment", mean: 3.4, drive: 0.5, na: 0.001 },
  { header: "On-board service", mean: 3.4, drive: 0.4, na: 0.0 },
  { header: "Leg room service", mean: 3.3, drive: 0.4, na: 0.005 },
  { header: "Baggage handling", mean: 3.6, drive: 0.1, na: 0.0 },
  { header: "Checkin service", mean: 3.3, drive: 0.3, na: 0.0 },
  { header: "Inflight service", mean: 3.6, drive: 0.1, na: 0.0 },
  { header: "Cleanliness", mean: 3.3, drive: 0.2, na: 0.0 },
];

/** A delay in minutes: about half the flights leave on time, the rest wait a long-tailed time. */
function delay(u: () => number): number {
  return u() < 0.55 ? 0 : Math.round(-Math.log(Math.max(u(), 1e-9)) * 28);
}

/** One passenger row (after the index column and id). */
function passengerRow(u: () => number): string[] {
  const loyal = u() < 0.82;
  const business = u() < 0.69;
  const cls = business ? (u() < 0.8 ? "Business" : "Eco") : u() < 0.85 ? "Eco" : "Eco Plus";
  const mood = normal(u) * 0.6 + (cls === "Business" ? 0.25 : 0);
  const ratings = AIRLINE_ITEMS.map((it) => Math.round(clamp(it.mean + mood + normal(u) * 1.0, 1, 5)));
  const dep = delay(u);
  const arr = Math.max(0, dep + Math.round(normal(u) * 8));
  let score = -3.6 + (business ? 0.9 : -0.6) + (loyal ? 0.7 : -0.9) - 0.006 * arr;
  ratings.forEach((r, i) => (score += (AIRLINE_ITEMS[i]?.drive ?? 0) * (r - 3)));
  const satisfied = u() < 1 / (1 + Math.exp(-score - 1.2));
  // Not applicable: services the passenger did not use are written as 0.
  const cells = ratings.map((r, i) => (u() < (AIRLINE_ITEMS[i]?.na ?? 0) ? "0" : String(r)));
  const age = 7 + Math.floor(u() * 78);
  const distance = 67 + Math.floor(-Math.log(Math.max(u(), 1e-9)) * 1100);
  return [
    pick(u, ["Male", "Female"]),
    loyal ? "Loyal Customer" : "disloyal Customer",
    String(age),
    business ? "Business travel" : "Personal Travel",
    cls,
    String(distance),
    ...cells,
    String(dep),
    // The arrival delay is blank on a few rows (the export has NaN there, written as an empty cell).
    u() < 0.004 ? "" : String(arr),
    satisfied ? "satisfied" : "neutral or dissatisfied",
  ];
}

/**
 * The passenger survey: 5,000 rows, LF line ends, as pandas writes a frame that was itself read from a CSV with
 * an index: the old index comes back as a first column named `Unnamed: 0`.
 */
export function passengersCsv(seed = 20260115): string {
  const u = rng(seed);
  const header = ["Unnamed: 0", "id", "Gender", "Customer Type", "Age", "Type of Travel", "Class", "Flight Distance", ...AIRLINE_ITEMS.map((i) => i.header), "Departure Delay in Minutes", "Arrival Delay in Minutes", "satisfaction"];
  const lines = [header.join(",")];
  const ids = new Set<number>();
  for (let r = 0; r < 5000; r++) {
    let id = 1 + Math.floor(u() * 129_880);
    while (ids.has(id)) id = 1 + Math.floor(u() * 129_880);
    ids.add(id);
    lines.push([String(r), String(id), ...passengerRow(u)].join(","));
  }
  return `${lines.join("\n")}\n`;
}

// ── writing ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The files {@link makeExports} writes, relative to its folder. */
export const EXPORT_FILES = { kiosk: "kiosk-servqual.csv", calls: "call-log.csv", passengers: "passengers.csv" } as const;

/**
 * Write the three exports into a folder (created if needed).
 *
 * @param dir - the folder.
 * @returns the paths written.
 * @example
 * ```ts
 * makeExports("examples/byod/data"); // kiosk-servqual.csv (CP949), call-log.csv, passengers.csv
 * ```
 */
export function makeExports(dir: string): { kiosk: string; calls: string; passengers: string } {
  mkdirSync(dir, { recursive: true });
  const kiosk = join(dir, EXPORT_FILES.kiosk);
  const calls = join(dir, EXPORT_FILES.calls);
  const passengers = join(dir, EXPORT_FILES.passengers);
  writeFileSync(kiosk, encodeCp949(kioskCsv()));
  writeFileSync(calls, callLogCsv(), "utf8");
  writeFileSync(passengers, passengersCsv(), "utf8");
  return { kiosk, calls, passengers };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL("./data/", import.meta.url));
  const written = makeExports(dir);
  process.stdout.write(`Wrote ${Object.values(written).join(", ")}\n`);
}
