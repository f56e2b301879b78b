/**
 * The fixed text of the walkthrough scripts, in English and Simplified Chinese: one small dictionary, so both
 * languages say the same things in the same places. Values passed in are already escaped Markdown.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Layer, Measure } from "../model/study.js";

/** The words of one language. Functions take escaped Markdown and return Markdown. */
export interface Words {
  readonly q: (text: string) => string;
  readonly paren: (text: string) => string;
  readonly list: (items: readonly string[]) => string;
  readonly colon: string;
  readonly customerTitle: (theme: string) => string;
  readonly postTitle: (post: string) => string;
  readonly departmentTitle: (department: string) => string;
  readonly study: string;
  readonly howTo: string;
  readonly customerIntro: string;
  readonly postIntro: string;
  readonly departmentIntro: string;
  readonly atAGlance: string;
  readonly layer: Readonly<Record<Layer, string>>;
  readonly layerTitle: Readonly<Record<Layer, string>>;
  readonly customerStep: string;
  readonly stop: (n: string) => string;
  readonly stage: (n: number, of: number) => string;
  readonly inParallelWith: string;
  readonly inParallel: string;
  readonly accountable: string;
  readonly contributors: string;
  readonly theCustomer: string;
  readonly customerHandsOver: string;
  readonly customerReceives: string;
  readonly receivesFrom: string;
  readonly handsTo: string;
  readonly reworkFrom: string;
  readonly reworkTo: string;
  readonly notFollowed: string;
  readonly events: string;
  readonly behindTheLine: string;
  readonly behindTheLineIntro: string;
  readonly standardsToExperience: string;
  readonly standardsGoverning: string;
  readonly atMost: (v: string) => string;
  readonly atLeast: (v: string) => string;
  readonly inShare: (percent: string) => string;
  readonly inEveryCase: string;
  readonly clock: string;
  readonly fromTo: (start: string, stop: string) => string;
  readonly customersCount: (clock: string) => string;
  readonly setBy: string;
  readonly executedAt: string;
  readonly appliesTo: string;
  readonly source: string;
  readonly questionsToAsk: string;
  readonly questionsAboutStep: string;
  readonly askedOfCustomers: string;
  readonly askedOf: (post: string) => string;
  readonly youAnswer: (step: string, owner: string) => string;
  readonly measures: Readonly<Record<Measure, string>>;
  readonly scaleLikert: (points: number) => string;
  readonly scaleScore: (max: number) => string;
  readonly scaleYesNo: string;
  readonly scaleNumeric: (unit: string, range: string) => string;
  readonly reverse: string;
  readonly overall: string;
  readonly pairsWith: (id: string) => string;
  readonly whatToCheck: string;
  readonly checkDoAsCustomer: (step: string) => string;
  readonly checkWatchFrontline: (step: string, post: string) => string;
  readonly checkHandOver: (label: string) => string;
  readonly checkReceive: (label: string) => string;
  readonly checkHandOverTo: (step: string) => string;
  readonly checkReceiveAt: (step: string) => string;
  readonly checkBehind: (step: string, post: string) => string;
  readonly checkTime: (clock: string, threshold: string) => string;
  readonly checkMeasure: (metric: string, threshold: string) => string;
  readonly checkCustomerClock: (clock: string) => string;
  readonly checkAsk: (text: string) => string;
  readonly checkReceiveFrom: (what: string, step: string, who: string) => string;
  readonly checkHandTo: (what: string, step: string, who: string) => string;
  readonly checkOwn: (step: string) => string;
  readonly checkContribute: (step: string, owner: string) => string;
  readonly checkRework: (step: string) => string;
  readonly checkAnswer: (text: string) => string;
  readonly checkStandardSet: (standard: string) => string;
  readonly checkCrossing: (what: string, from: string, to: string) => string;
  readonly work: string;
  readonly noVisibleSteps: string;
  readonly cyclicNote: string;
  readonly department: string;
  readonly headcount: string;
  readonly posts: string;
  readonly themes: string;
  readonly theme: (name: string) => string;
  readonly ownsCount: (n: number) => string;
  readonly contributesCount: (n: number) => string;
  readonly role: string;
  readonly roleOwner: string;
  readonly roleContributor: (owner: string) => string;
  readonly internalSuppliers: string;
  readonly internalCustomers: string;
  readonly none: string;
  readonly standardsYouSet: string;
  readonly standardsDeptOwns: string;
  readonly standardsSetElsewhere: string;
  readonly executedBy: string;
  readonly otherDepartment: string;
  readonly notInProcess: string;
  readonly handoffsInto: string;
  readonly handoffsOutOf: string;
  readonly from: string;
  readonly to: string;
  readonly what: string;
  readonly step: string;
  readonly post: string;
  readonly standard: string;
  readonly questionsDeptAnswers: string;
  readonly questionsAboutDept: string;
  readonly about: string;
  readonly question: string;
  readonly askedOfCol: string;
  readonly stepsOfDept: string;
  readonly crossesIn: (department: string) => string;
  readonly crossesOut: (department: string) => string;
  readonly noSteps: string;
  readonly units: Readonly<Record<string, string>>;
}

const en: Words = {
  q: (t) => `“${t}”`,
  paren: (t) => `(${t})`,
  list: (items) => items.join(", "),
  colon: ": ",
  customerTitle: (t) => `Customer walkthrough: ${t}`,
  postTitle: (p) => `Post walkthrough: ${p}`,
  departmentTitle: (d) => `Department walkthrough: ${d}`,
  study: "Study",
  howTo:
    "Generated by gaptrace from the study's blueprint. Walk it in order, tick each box when you have checked it, and write down every problem you find next to the number of the stop or step where you found it.",
  customerIntro:
    "Walk the process as the customer (客户穿越): do what the customer does, in order, and meet every front-line step the customer meets. Under each stop: what happens behind the line of visibility, the standards the customer should experience and the questions to ask.",
  postIntro:
    "Walk the process as this post (岗位穿越): its steps in every theme, in process order; what it receives and from whom (its internal suppliers), what it hands on and to whom (its internal customers), the standards that govern its steps and who set them, and the internal questions it answers and that are asked about it.",
  departmentIntro:
    "Walk the process as this department (部门穿越): its steps in every theme, in process order; the hand-offs that cross into and out of the department, the standards it owns and who executes them, and the internal questions across its boundary.",
  atAGlance: "At a glance",
  layer: { customer: "customer", frontline: "front line", backoffice: "back office", support: "support" },
  layerTitle: { customer: "Customer", frontline: "Front line", backoffice: "Back office", support: "Support" },
  customerStep: "the customer's own step",
  stop: (n) => `Stop ${n}`,
  stage: (n, of) => `stage ${n} of ${of}`,
  inParallelWith: "In parallel with",
  inParallel: "in parallel",
  accountable: "Accountable post",
  contributors: "Contributing posts",
  theCustomer: "the customer",
  customerHandsOver: "The customer hands over",
  customerReceives: "The customer receives",
  receivesFrom: "Receives from",
  handsTo: "Hands to",
  reworkFrom: "Rework comes back from",
  reworkTo: "Rework goes back to",
  notFollowed: "a rework loop, not followed",
  events: "Events recorded here",
  behindTheLine: "Behind the line of visibility",
  behindTheLineIntro: "Out of the customer's sight, this stop sets off or depends on:",
  standardsToExperience: "Standards the customer should experience",
  standardsGoverning: "Standards governing this step",
  atMost: (v) => `at most ${v}`,
  atLeast: (v) => `at least ${v}`,
  inShare: (p) => `in at least ${p} of cases`,
  inEveryCase: "in every case",
  clock: "Clock",
  fromTo: (a, b) => `from ${a} to ${b}`,
  customersCount: (c) => `Customers count ${c}: a different clock from the standard's.`,
  setBy: "Set by",
  executedAt: "Executed at",
  appliesTo: "Applies to",
  source: "Source",
  questionsToAsk: "Questions to ask the customer",
  questionsAboutStep: "Questions asked about this step",
  askedOfCustomers: "asked of customers",
  askedOf: (p) => `asked of ${p}`,
  youAnswer: (s, o) => `As the internal customer of ${s} (${o}), you answer`,
  measures: { perception: "satisfaction", expectation: "expectation", importance: "importance", performance: "what actually happened" },
  scaleLikert: (n) => `${n}-point scale`,
  scaleScore: (m) => `0–${m} score`,
  scaleYesNo: "yes / no",
  scaleNumeric: (u, r) => `a number in ${u}${r === "" ? "" : ` (${r})`}`,
  reverse: "negatively worded",
  overall: "overall satisfaction",
  pairsWith: (id) => `expectation paired with ${id}`,
  whatToCheck: "What to check",
  checkDoAsCustomer: (s) => `Do it as the customer: ${s}. Note what you had to do, how long it took and what you were told.`,
  checkWatchFrontline: (s, p) => `Watch ${s} (${p}): is the customer served right, the first time?`,
  checkHandOver: (l) => `Check that what the customer hands over (${l}) is taken in full, without asking twice.`,
  checkReceive: (l) => `Check that the customer receives ${l}, complete and understandable.`,
  checkHandOverTo: (s) => `Check that what the customer brings to ${s} is taken in full, without asking twice.`,
  checkReceiveAt: (s) => `Check what the customer gets from ${s}: is it complete and understandable?`,
  checkBehind: (s, p) => `Follow ${s} (${p}) behind the line: could the customer be told how it is progressing?`,
  checkTime: (c, t) => `Time it ${c}: the standard is ${t}.`,
  checkMeasure: (m, t) => `Measure ${m}: the standard is ${t}.`,
  checkCustomerClock: (c) => `Time it on the customer's clock too, ${c}: the difference is waiting the standard does not count.`,
  checkAsk: (t) => `Ask: ${t}`,
  checkReceiveFrom: (w, s, p) => `Check that ${w} from ${s} (${p}) arrives complete and on time.`,
  checkHandTo: (w, s, p) => `Check that ${w} handed to ${s} (${p}) is what they need to do their step.`,
  checkOwn: (s) => `Do ${s} yourself, or watch it done: where does it wait, and why?`,
  checkContribute: (s, o) => `Check what ${o} expects from your part in ${s}, and whether you deliver it.`,
  checkRework: (s) => `Count how often work comes back from ${s}, and find the reason.`,
  checkAnswer: (t) => `Answer: ${t}`,
  checkStandardSet: (s) => `Compare ${s} with what customers expect, on the clock customers count on.`,
  checkCrossing: (w, a, b) => `Walk the hand-off of ${w} from ${a} to ${b}: who confirms that it arrived, and when?`,
  work: "work",
  noVisibleSteps: "This blueprint has no customer or front-line step: there is nothing the customer sees.",
  cyclicNote: "Some hand-offs not marked rework form a loop; the loop was cut at the step declared first (check the study with gaptrace validate).",
  department: "Department",
  headcount: "Headcount",
  posts: "Posts",
  themes: "Themes",
  theme: (n) => `Theme: ${n}`,
  ownsCount: (n) => `Accountable for ${n} step${n === 1 ? "" : "s"}`,
  contributesCount: (n) => `contributes to ${n}`,
  role: "Role",
  roleOwner: "accountable",
  roleContributor: (o) => `contributes (accountable: ${o})`,
  internalSuppliers: "Internal suppliers (they hand work to you)",
  internalCustomers: "Internal customers (you hand work to them)",
  none: "none",
  standardsYouSet: "Standards this post sets",
  standardsDeptOwns: "Standards the department owns",
  standardsSetElsewhere: "Standards set elsewhere that govern the department's steps",
  executedBy: "Executed by",
  otherDepartment: "another department executes it",
  notInProcess: "This post owns and contributes to no step of any blueprint.",
  handoffsInto: "Hand-offs into the department",
  handoffsOutOf: "Hand-offs out of the department",
  from: "From",
  to: "To",
  what: "What",
  step: "Step",
  post: "Post",
  standard: "Standard",
  questionsDeptAnswers: "Internal questions the department's posts answer about other departments",
  questionsAboutDept: "Internal questions other departments answer about this department",
  about: "About",
  question: "Question",
  askedOfCol: "Asked of",
  stepsOfDept: "Steps in process order",
  crossesIn: (d) => `crosses in from ${d}`,
  crossesOut: (d) => `crosses out to ${d}`,
  noSteps: "The department owns and contributes to no step of any blueprint.",
  units: { s: "s", min: "min", h: "h", d: "days", workday: "working days", "%": "%", count: "", score: "points", yuan: "yuan" },
};

const zh: Words = {
  q: (t) => `「${t}」`,
  paren: (t) => `（${t}）`,
  list: (items) => items.join("、"),
  colon: "：",
  customerTitle: (t) => `客户穿越：${t}`,
  postTitle: (p) => `岗位穿越：${p}`,
  departmentTitle: (d) => `部门穿越：${d}`,
  study: "评价项目",
  howTo: "本脚本由 gaptrace 根据评价项目的全流程蓝图生成。请按顺序穿越，逐项核对后勾选，并记录发现的每个问题及其所在环节编号。",
  customerIntro:
    "以客户身份穿越流程（客户穿越）：按顺序完成客户要做的每一步，经历客户遇到的每一个一线环节。每个环节下列出：可视分界线之后发生的工作、客户应当感受到的服务标准，以及应当提出的问题。",
  postIntro:
    "以本岗位身份穿越流程（岗位穿越）：按流程顺序列出本岗位在各服务主题中的环节；从谁那里接收什么（内部供方），交给谁什么（内部客户）；约束这些环节的服务标准及其制定者；本岗位作为内部客户回答的问题，以及别人对本岗位提出的问题。",
  departmentIntro:
    "以本部门身份穿越流程（部门穿越）：按流程顺序列出本部门在各服务主题中的环节；跨入和跨出本部门的交接；本部门制定的服务标准及其执行者；跨部门的内部评价问题。",
  atAGlance: "流程概览",
  layer: { customer: "客户", frontline: "一线接触层", backoffice: "后台支撑层", support: "支撑层" },
  layerTitle: { customer: "客户", frontline: "一线接触层", backoffice: "后台支撑层", support: "支撑层" },
  customerStep: "客户自己的环节",
  stop: (n) => `环节 ${n}`,
  stage: (n, of) => `第 ${n} 步（共 ${of} 步）`,
  inParallelWith: "与之并行",
  inParallel: "并行",
  accountable: "责任岗位",
  contributors: "配合岗位",
  theCustomer: "客户",
  customerHandsOver: "客户交出",
  customerReceives: "客户收到",
  receivesFrom: "接收自",
  handsTo: "交给",
  reworkFrom: "返工来自",
  reworkTo: "返工退回",
  notFollowed: "返工回路，不追溯",
  events: "本环节记录的事件",
  behindTheLine: "可视分界线之后",
  behindTheLineIntro: "客户看不到的、由本环节引发或本环节依赖的工作：",
  standardsToExperience: "客户应当感受到的服务标准",
  standardsGoverning: "约束本环节的服务标准",
  atMost: (v) => `不超过${v}`,
  atLeast: (v) => `不少于${v}`,
  inShare: (p) => `达标率不低于${p}`,
  inEveryCase: "每一单都须达标",
  clock: "计时",
  fromTo: (a, b) => `自${a}起至${b}止`,
  customersCount: (c) => `客户的计时${c}，与标准的计时起止点不同。`,
  setBy: "制定者",
  executedAt: "执行环节",
  appliesTo: "适用范围",
  source: "依据",
  questionsToAsk: "向客户提出的问题",
  questionsAboutStep: "关于本环节的评价问题",
  askedOfCustomers: "问客户",
  askedOf: (p) => `问${p}`,
  youAnswer: (s, o) => `作为${s}（${o}）的内部客户，本岗位回答`,
  measures: { perception: "满意度", expectation: "期望", importance: "重要性", performance: "质量（实际表现）" },
  scaleLikert: (n) => `${n}级量表`,
  scaleScore: (m) => `0–${m}分`,
  scaleYesNo: "是／否",
  scaleNumeric: (u, r) => `数值，单位${u}${r === "" ? "" : `（${r}）`}`,
  reverse: "反向题",
  overall: "总体满意度",
  pairsWith: (id) => `与 ${id} 配对的期望题`,
  whatToCheck: "核对清单",
  checkDoAsCustomer: (s) => `以客户身份亲自完成：${s}。记录需要做什么、用了多长时间、被告知了什么。`,
  checkWatchFrontline: (s, p) => `观察${s}（${p}）：是否一次办好、服务规范？`,
  checkHandOver: (l) => `核对客户交出的${l}是否被完整接收，无需重复提供。`,
  checkReceive: (l) => `核对客户是否收到${l}，内容完整、易于理解。`,
  checkHandOverTo: (s) => `核对客户在${s}提供的信息和材料是否被完整接收，无需重复提供。`,
  checkReceiveAt: (s) => `核对客户从${s}得到的结果是否完整、易于理解。`,
  checkBehind: (s, p) => `跟踪可视分界线之后的${s}（${p}）：能否让客户得知其进度？`,
  checkTime: (c, t) => `计时${c}：标准为${t}。`,
  checkMeasure: (m, t) => `测量${m}：标准为${t}。`,
  checkCustomerClock: (c) => `同时按客户的时钟计时，${c}：两者之差是客户等待却未计入标准的时间。`,
  checkAsk: (t) => `提问：${t}`,
  checkReceiveFrom: (w, s, p) => `核对从${s}（${p}）收到的${w}是否完整、及时。`,
  checkHandTo: (w, s, p) => `核对交给${s}（${p}）的${w}是否满足其开展工作的需要。`,
  checkOwn: (s) => `亲自办理或现场观察${s}：在哪里等待，为什么？`,
  checkContribute: (s, o) => `核对${o}在${s}中对本岗位配合工作的要求，以及是否做到。`,
  checkRework: (s) => `统计从${s}退回返工的次数，并查明原因。`,
  checkAnswer: (t) => `回答：${t}`,
  checkStandardSet: (s) => `按客户的计时口径，将${s}与客户期望对比。`,
  checkCrossing: (w, a, b) => `穿越从${a}到${b}的${w}交接：由谁、在何时确认已经收到？`,
  work: "工作",
  noVisibleSteps: "该蓝图没有客户环节或一线环节：客户看不到任何环节。",
  cyclicNote: "部分未标记为返工的交接构成回路，已在最先声明的环节处断开（请用 gaptrace validate 检查评价项目）。",
  department: "部门",
  headcount: "人数",
  posts: "岗位",
  themes: "服务主题",
  theme: (n) => `服务主题：${n}`,
  ownsCount: (n) => `负责 ${n} 个环节`,
  contributesCount: (n) => `配合 ${n} 个环节`,
  role: "角色",
  roleOwner: "责任岗位",
  roleContributor: (o) => `配合岗位（责任岗位：${o}）`,
  internalSuppliers: "内部供方（向本岗位交付工作）",
  internalCustomers: "内部客户（本岗位向其交付工作）",
  none: "无",
  standardsYouSet: "本岗位制定的服务标准",
  standardsDeptOwns: "本部门制定的服务标准",
  standardsSetElsewhere: "其他单位制定、约束本部门环节的服务标准",
  executedBy: "执行岗位",
  otherDepartment: "由其他部门执行",
  notInProcess: "该岗位不负责也不配合任何蓝图环节。",
  handoffsInto: "跨入本部门的交接",
  handoffsOutOf: "跨出本部门的交接",
  from: "来自",
  to: "交给",
  what: "交接内容",
  step: "环节",
  post: "岗位",
  standard: "服务标准",
  questionsDeptAnswers: "本部门岗位对其他部门的内部评价问题",
  questionsAboutDept: "其他部门对本部门的内部评价问题",
  about: "评价对象",
  question: "问题",
  askedOfCol: "回答岗位",
  stepsOfDept: "按流程顺序的环节",
  crossesIn: (d) => `从${d}跨入`,
  crossesOut: (d) => `跨出至${d}`,
  noSteps: "该部门不负责也不配合任何蓝图环节。",
  units: { s: "秒", min: "分钟", h: "小时", d: "天", workday: "个工作日", "%": "%", count: "次", score: "分", yuan: "元" },
};

const WORDS: Readonly<Record<Lang, Words>> = { en, zh };

/**
 * The words of a language.
 *
 * @param lang - `en` or `zh`.
 * @returns The dictionary of that language.
 */
export function wordsFor(lang: Lang): Words {
  return WORDS[lang];
}
