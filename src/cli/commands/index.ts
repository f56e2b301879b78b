/**
 * Every `gaptrace` subcommand, in the order the help lists them (the order of the method: check the study,
 * design the survey, analyse, compare, teach, move blueprints in and out of BPMN tools, and simulate to try it all).
 * @module
 */
import type { Command } from "../shared/command.js";
import { attributeCommand } from "./attribute.js";
import { bpmnCommand } from "./bpmn.js";
import { compareCommand } from "./compare.js";
import { planCommand } from "./plan.js";
import { questionnaireCommand } from "./questionnaire.js";
import { simulateCommand } from "./simulate.js";
import { targetsCommand } from "./targets.js";
import { validateCommand } from "./validate.js";
import { walkthroughCommand } from "./walkthrough.js";
import { watchCommand } from "./watch.js";

/** The subcommands. */
export const COMMANDS: readonly Command[] = [validateCommand, questionnaireCommand, planCommand, attributeCommand, compareCommand, targetsCommand, walkthroughCommand, bpmnCommand, simulateCommand, watchCommand];
