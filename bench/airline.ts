/**
 * A passenger-survey study in the shape of the public airline satisfaction data (14 touchpoints rated 1–5 here (the public file uses 0 for not applicable),
 * departure and arrival delay, an overall rating), with each passenger linked to their own flight booking, for
 * the tracing bench. "Flight departs" (the operations controller) is upstream of every in-flight touchpoint, as
 * the real blueprint drew it; in the data, late departures lower only the punctuality rating, by a known amount.
 */
import { parseStudy } from "../src/study/validate/index.js";
import type { Study } from "../src/model/study.js";

export const TOUCHPOINTS = [
  "wifi", "departure_convenience", "online_booking", "gate_location", "food", "online_boarding", "seat_comfort",
  "entertainment", "onboard_service", "leg_room", "baggage", "checkin", "inflight_service", "cleanliness",
] as const;

/** The study: booking → check-in → boarding → departure → in flight → arrival, one point per touchpoint. */
export function airlineStudy(): Study {
  const inflight = new Set(["wifi", "food", "seat_comfort", "entertainment", "onboard_service", "leg_room", "inflight_service", "cleanliness"]);
  const stepOf = (t: string): string => (inflight.has(t) ? "fl_inflight" : t === "baggage" ? "fl_baggage" : t === "checkin" || t === "gate_location" ? "fl_checkin" : t === "departure_convenience" ? "cu_book" : "fl_booking");
  return parseStudy({
    gaptrace: 1,
    id: "airline",
    name: "Passenger journey",
    organisation: {
      departments: [{ id: "ops", name: "Operations" }, { id: "cabin", name: "Cabin services" }, { id: "ground", name: "Ground services" }],
      posts: [
        { id: "ops_controller", name: "Operations controller", department: "ops" },
        { id: "cabin_crew", name: "Cabin crew", department: "cabin" },
        { id: "ground_agent", name: "Ground agent", department: "ground" },
        { id: "web_team", name: "Web team", department: "ground" },
        { id: "baggage_handler", name: "Baggage handler", department: "ground" },
        { id: "standards_officer", name: "Standards officer", department: "ops" },
      ],
    },
    themeMap: { needs: [{ id: "travel", name: "Travel" }], items: [{ id: "flight", name: "Flight", needs: ["travel"] }], themes: [{ id: "journey", name: "Journey", items: ["flight"] }] },
    blueprints: [
      {
        theme: "journey",
        steps: [
          { id: "cu_book", name: "Passenger books", layer: "customer" },
          { id: "fl_booking", name: "Online booking and boarding", layer: "frontline", owner: "web_team" },
          { id: "fl_checkin", name: "Check-in and gate", layer: "frontline", owner: "ground_agent" },
          { id: "bo_depart", name: "Flight departs", layer: "backoffice", owner: "ops_controller" },
          { id: "fl_inflight", name: "In flight", layer: "frontline", owner: "cabin_crew" },
          { id: "bo_arrive", name: "Flight arrives", layer: "backoffice", owner: "ops_controller" },
          { id: "fl_baggage", name: "Baggage delivered", layer: "frontline", owner: "baggage_handler" },
          { id: "cu_arrived", name: "Passenger arrives", layer: "customer" },
        ],
        handoffs: [
          { from: "cu_book", to: "fl_booking" }, { from: "fl_booking", to: "fl_checkin" }, { from: "fl_checkin", to: "bo_depart" },
          { from: "bo_depart", to: "fl_inflight" }, { from: "fl_inflight", to: "bo_arrive" }, { from: "bo_arrive", to: "fl_baggage" }, { from: "fl_baggage", to: "cu_arrived" },
        ],
      },
    ],
    events: [
      { id: "scheduled_departure", name: "Scheduled departure", step: "bo_depart" },
      { id: "departed", name: "Departed", step: "bo_depart" },
    ],
    metrics: [{ id: "m_departure_delay", name: "Departure delay", step: "bo_depart", unit: "min", clock: { start: "scheduled_departure", stop: "departed" } }],
    standards: [
      {
        id: "std_depart_15", text: "Depart within 15 minutes of schedule", metric: "m_departure_delay", unit: "min", threshold: 15, better: "lower",
        compliance: 0.85, owner: { post: "standards_officer" }, steps: ["bo_depart"], source: "on-time policy",
      },
    ],
    evaluationPoints: [
      ...TOUCHPOINTS.map((t) => ({
        id: `ep_${t}`, step: stepOf(t), name: t, target: 75,
        questions: [{ id: `q_${t}`, audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: t }],
      })),
      {
        id: "ep_punctuality", step: "fl_baggage", name: "On time", target: 75,
        questions: [{ id: "q_punctuality", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "on time" }],
      },
      {
        id: "ep_overall", step: "cu_arrived", name: "Overall", target: 75,
        questions: [{ id: "q_overall", audience: { kind: "external" }, measures: "perception", overall: true, scale: { type: "likert", points: 5 }, text: "overall" }],
      },
    ],
  });
}

/** One answer row of the airline data. */
export type AirlineRow = { respondent: string; case: string; question: string; value: number };

/**
 * Seeded data: n passengers, each with their own flight (case) and 16 answers. The rows are an iterable that
 * draws them again from the seed each time it is read (the same rows every time), so a million passengers'
 * 16 million rows never sit in memory at once; the cases are kept.
 */
export function airlineData(n: number, seed = 7): { rows: Iterable<AirlineRow>; cases: { id: string; events: [string, number][] }[]; lateShare: number } {
  const cases: { id: string; events: [string, number][] }[] = [];
  let late = 0;
  for (const p of passengers(n, seed, false)) {
    if (p.delay > 15) late += 1;
    cases.push({ id: p.id, events: [["scheduled_departure", p.sched], ["departed", p.sched + p.delay * 60_000]] });
  }
  const rows: Iterable<AirlineRow> = {
    *[Symbol.iterator]() {
      for (const p of passengers(n, seed, true)) yield* p.rows;
    },
  };
  return { rows, cases, lateShare: late / n };
}

/** The passengers in order, each with its delay (minutes) and, when asked, its 16 answer rows. */
function* passengers(n: number, seed: number, withRows: boolean): Generator<{ id: string; sched: number; delay: number; rows: AirlineRow[] }> {
  let s = seed;
  const u = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const z = (): number => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const rate = (x: number): number => Math.min(5, Math.max(1, Math.round(x)));
  const t0 = Date.parse("2026-01-01T06:00:00Z");
  for (let i = 0; i < n; i++) {
    const id = `P${String(i).padStart(7, "0")}`;
    const sched = t0 + i * 60_000;
    const delay = u() < 0.55 ? 0 : Math.exp(2.4 + 1.1 * z());
    const mood = 0.6 * z();
    // The same draws in the same order whether or not the rows are kept, so cases and rows always match.
    const rows: AirlineRow[] = [];
    for (const t of TOUCHPOINTS) {
      const value = rate(3.1 + mood + 1.1 * z());
      if (withRows) rows.push({ respondent: id, case: id, question: `q_${t}`, value });
    }
    const punctuality = rate(3.6 + mood - (delay > 15 ? 1.2 : 0) + 1.0 * z());
    const overall = rate(3.2 + mood + 0.7 * z());
    if (withRows) rows.push({ respondent: id, case: id, question: "q_punctuality", value: punctuality }, { respondent: id, case: id, question: "q_overall", value: overall });
    yield { id, sched, delay, rows };
  }
}
