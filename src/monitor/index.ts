/**
 * `gaptrace/monitor`: early warning and escalation between surveys (事前预警、事中控制、事后总结). A monitor over
 * event streams (complaints, work-order events, continuous survey answers) raises alerts for complaint surges,
 * orders at risk of missing their standard, repeat complaints and satisfaction dips, routes each to the owner the
 * blueprint gives the cause, escalates it up the study's ladder, and sums a period up per post and department.
 * Runtime-neutral; `gaptrace watch` reads files and standard input.
 * @module
 */
export { createMonitor, watchEvents, Monitor, type MonitorOptions, type MonitorStatus } from "./monitor.js";
export { readMonitorEvent, isRejection, MonitorLedger, type MonitorEvent, type ComplaintEvent, type OrderEvent, type AnswerEvent, type TickEvent, type ReadEvent, type EventRejection, type MonitorLedgerSummary } from "./events.js";
export type { MonitorAlert, AlertAction, AlertEvidence, AlertSubject, Signal } from "./incidents.js";
export { routesOf, recipientOf, monitoringProblems, type AlertOwner, type Recipient, type Routes } from "./routing.js";
export { poissonUpperLimit, poissonUpperTail } from "./poisson.js";
export { answerIndex } from "./dip.js";
export { addWorkdays, type UnwatchedStandard } from "./deadlines.js";
export { alertToJsonLine, alertsToJsonLines, parseEventLine, type UnparsedLine } from "./jsonl.js";
export { AlertReviewSchema, readAlertReview, reviewAlerts, type AlertReview, type ReviewRow } from "./review.js";
export { simulateEventStream, scoreDetection, type StreamOptions, type PlantedOutbreak, type SimulatedEvent, type DetectionScore } from "./stream.js";
export { MONITOR_REASONS, type MonitorReason } from "../core/messages/problem-codes.js";
export { negativeBinomialUpperTail, predictiveUpperLimit } from "./poisson.js";
