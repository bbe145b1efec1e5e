/*
 * Title → role rules: which of our 21 roles a real job posting is an instance of, from its title alone.
 *
 * Our roles are the 21 "jobs of the future" of Cognizant's report as the CSDN article lists them (prisma/seed-
 * data.ts). They are future roles; most of today's postings, including most "ML Engineer" and "Data Scientist"
 * ones, are none of them. So the rules are conservative:
 *
 * - A rule names a role only when the title says the job IS that role's work (a data analyst investigates data:
 *   data-detective), not when it merely touches the role's field (an ML engineer on a "Responsible AI" team builds
 *   models; the chief-trust-officer is the person accountable for trust). Near misses have their own rules that
 *   say so, and the answer is "unmapped" with that reason.
 * - Rules are tried in order; the first that matches decides, whether it names a role or refuses one. Specific
 *   future-role rules come first, then the data-analyst rules, then the refusals that explain the common rest.
 * - Titles are matched after normalize: NFKC (full-width ＡＩ and （） become AI and ()), invisible formatting
 *   characters removed, spaces collapsed, lowercase. Chinese and English are matched side by side.
 * - Only the title is read, never the description or the department: the rule must be explainable from the one
 *   line an editor sees in the import report.
 * - Nothing is forced: a title no rule names is unmapped ("no rule matches"), and the importer reports the row
 *   instead of guessing. The report shows the rule id of every decision, so a wrong one can be traced and fixed.
 */

/** Our 21 roles' slugs (prisma/seed-data.ts; a unit test keeps the two lists equal). */
export const ROLE_SLUGS = [
  "walker-talker",
  "digital-tailor",
  "fitness-commitment-counselor",
  "personal-memory-curator",
  "virtual-store-sherpa",
  "ethical-sourcing-manager",
  "highway-controller",
  "ai-business-development-manager",
  "man-machine-teaming-manager",
  "bring-your-own-it-facilitator",
  "personal-data-broker",
  "genomic-portfolio-director",
  "financial-wellness-coach",
  "chief-trust-officer",
  "data-detective",
  "cyber-city-analyst",
  "ai-assisted-healthcare-technician",
  "augmented-reality-journey-builder",
  "master-of-edge-computing",
  "quantum-machine-learning-analyst",
  "genetic-diversity-officer",
] as const;
export type RoleSlug = (typeof ROLE_SLUGS)[number];

/** A title prepared for the rules: `text` lowercase, `cased` with its case (for "AR"), `segments` its parts. */
export interface NormalizedTitle {
  text: string;
  cased: string;
  segments: string[];
}

/**
 * A title as the rules read it. Input: a posting's title as published. Output: NFKC, invisible formatting
 * characters (bidi marks, zero-width space, BOM) removed, whitespace collapsed, trimmed; `text` lowercased;
 * `segments` = `text` without its bracketed parts, split at - – — | / 、 , ; and without requisition codes
 * ("【电商】产品运营-数据分析方向(J123)" → ["产品运营", "数据分析方向"]). Pure.
 */
export function normalizeTitle(title: string): NormalizedTitle {
  const cased = title
    .normalize("NFKC")
    .replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const text = cased.toLowerCase();
  const unbracketed = text.replace(/【[^】]*】|\[[^\]]*\]|\([^)]*\)|〔[^〕]*〕/g, " ");
  const segments = unbracketed
    .split(/\s[-–—|]\s|[-–—|/、,;]/)
    .map((s) => s.trim())
    .filter((s) => s && !/^[a-z]{0,4}\d[\da-z]*$/i.test(s));
  return { text, cased, segments };
}

type Rule = {
  /** Stable id, shown in import reports. */
  id: string;
  /** The role it names, or null for a rule that refuses (with `why` as the reason). */
  role: RoleSlug | null;
  /** Why the rule exists; for a refusing rule, the reason reported. */
  why: string;
  match: (t: NormalizedTitle) => boolean;
};

const has = (re: RegExp) => (t: NormalizedTitle) => re.test(t.text);
const both = (a: RegExp, b: RegExp) => (t: NormalizedTitle) => a.test(t.text) && b.test(t.text);
const without = (m: (t: NormalizedTitle) => boolean, not: RegExp) => (t: NormalizedTitle) => m(t) && !not.test(t.text);

// Words of AI in either language. \b is an ASCII word boundary, so "ai产品" and "ai/ml" match.
const AI = /\bai\b|\ba\.i\.|artificial intelligence|\bml\b|machine learning|\bgen ?ai\b|generative ai|\bllms?\b|人工智能|机器学习|大模型|aigc/;
// Titles of people who build or research systems. The future roles below that are not engineering roles refuse them.
const BUILDS = /engineer|engineering|developer|programmer|scientist|research|architect|\bsde\b|\bswe\b|工程师|开发|研发|算法|架构师|科学家|研究员/;
const HEALTH = /health|medical|clinic|clinical|radiolog|imaging|patient|hospital|diagnos|医疗|医学|临床|影像|医院|诊断/;
const TRUST = /chief trust officer|trust officer|trust (?:and|&) safety|\bt&s\b|responsible ai|\bai ethics|ethical ai|\bai governance|\bai risk|\bai policy|\bai safety|\bai assurance|\bai trust|ai伦理|ai治理|可信ai|人工智能伦理|人工智能治理/;

/** The ordered rules. First match wins. */
export const ROLE_RULES: readonly Rule[] = [
  {
    id: "quantum-ml",
    role: "quantum-machine-learning-analyst",
    why: "Quantum computing applied to machine learning is exactly this role; it needs both words.",
    match: both(/quantum|量子/, /machine learning|\bml\b|\bqml\b|deep learning|neural|\bai\b|机器学习|深度学习|人工智能/),
  },
  {
    id: "quantum-only",
    role: null,
    why: "quantum computing without machine learning: quantum-machine-learning-analyst needs both",
    match: has(/quantum|量子/),
  },
  {
    id: "edge-computing",
    role: "master-of-edge-computing",
    why: "Computing on and near devices (edge AI, on-device ML, 边缘计算, 端侧) is the role's whole subject; 'cutting edge' is not.",
    match: has(/\bedge (?:computing|ai|ml|inference|intelligence|devices?|computer|cloud|platform)\b|\bon-?device (?:ai|ml|machine learning|inference|llms?|models?)\b|边缘计算|边缘智能|边缘ai|端侧(?:ai|智能|推理|模型|大模型)/),
  },
  {
    id: "ai-business-development",
    role: "ai-business-development-manager",
    why: "Business development or partnerships for AI products, not engineering on a team named 'Partnerships'.",
    match: without(both(AI, /business development|\bbd\b|\bbdm\b|partnerships?\b|alliances?\b|商务拓展|商业拓展|商务|\bbd经理/), BUILDS),
  },
  {
    id: "trust-engineering",
    role: null,
    why: "engineering or research on responsible AI / AI safety / trust & safety: chief-trust-officer is the executive accountable for trust, not a builder",
    match: (t) => TRUST.test(t.text) && BUILDS.test(t.text),
  },
  {
    id: "trust-governance",
    role: "chief-trust-officer",
    why: "Trust, AI ethics, AI governance, AI risk and trust & safety leadership and policy are this role's field.",
    match: has(TRUST),
  },
  {
    id: "human-machine-teaming",
    role: "man-machine-teaming-manager",
    why: "How people and AI systems or robots share work (human-AI / human-robot interaction or teaming, 人机协作).",
    match: has(/human[- ]?(?:ai|machine|robot)[- ](?:interaction|teaming|collaboration|teams?|partnership)|human-robot|\bhri\b|人机(?:协作|协同|共融|混合|团队)/),
  },
  {
    id: "augmented-reality",
    role: "augmented-reality-journey-builder",
    why: "Building augmented-reality experiences (AR, XR, mixed reality, 增强现实). 'AR' must be capitals (not 'ar' in words) and not a state (', AR') or accounts receivable; VR alone is not AR.",
    match: (t) =>
      (/augmented reality|mixed reality|增强现实|混合现实|\bxr\b/.test(t.text) || (/\bAR\b/.test(t.cased) && !/,\s*AR\b/.test(t.cased))) &&
      !/accounts? receivable|\ba\/r\b/.test(t.text),
  },
  {
    id: "healthcare-ai-engineering",
    role: null,
    why: "healthcare ML engineering or research: ai-assisted-healthcare-technician operates AI tools in clinics, it does not build them",
    match: (t) => AI.test(t.text) && HEALTH.test(t.text) && BUILDS.test(t.text),
  },
  {
    id: "healthcare-ai-technician",
    role: "ai-assisted-healthcare-technician",
    why: "Technicians, technologists and specialists who run AI tools in care (AI + health words + a technician noun).",
    match: (t) => AI.test(t.text) && HEALTH.test(t.text) && /technician|technologist|\btech\b|operator|specialist|技师|技术员|操作员/.test(t.text),
  },
  {
    id: "genomic-portfolio",
    role: "genomic-portfolio-director",
    why: "Leading a genomics portfolio or programme (genomics + director/head/portfolio).",
    match: both(/genomic|基因组/, /portfolio|director|\bhead\b|\bvp\b|vice president|总监|负责人/),
  },
  {
    id: "genetic-diversity",
    role: "genetic-diversity-officer",
    why: "Stewardship of genetic diversity (genetic diversity, germplasm, 遗传多样性, 种质资源).",
    match: has(/genetic diversity|genetic resources|germplasm|基因多样|遗传多样|种质资源/),
  },
  {
    id: "personal-data-broker",
    role: "personal-data-broker",
    why: "Representing people who license their own data (personal data broker/agent, 数据经纪).",
    match: has(/personal data (?:broker|agent|steward)|\bdata broker|数据经纪/),
  },
  {
    id: "ethical-sourcing",
    role: "ethical-sourcing-manager",
    why: "Ethical, responsible or sustainable sourcing and supply-chain ethics.",
    match: has(/(?:ethical|responsible|sustainable) sourcing|supply chain (?:ethics|sustainability|responsibility)|责任采购|道德采购|可持续采购/),
  },
  {
    id: "smart-city",
    role: "cyber-city-analyst",
    why: "Smart-city data and systems (smart city, urban analytics, 智慧城市, 城市大脑).",
    match: has(/smart cit(?:y|ies)|cyber city|urban (?:data|analytics|informatics|technology)|智慧城市|城市大脑|数字孪生城市/),
  },
  {
    id: "autonomous-vehicle-engineering",
    role: null,
    why: "autonomous-vehicle engineering: highway-controller manages road traffic, it does not build vehicles",
    match: (t) => /autonomous (?:driving|vehicles?)|self-driving|robotaxi|自动驾驶|无人驾驶/.test(t.text) && BUILDS.test(t.text),
  },
  {
    id: "road-traffic",
    role: "highway-controller",
    why: "Monitoring and managing road traffic (highway, traffic control, intelligent transportation, 交通管控, 车路协同); web 'traffic' is not.",
    match: has(/highway|road traffic|traffic (?:control|signal|operations cent)|intelligent transportation|\bits engineer|交通(?:管控|控制|调度|管理|工程)|智慧交通|智能交通|车路协同|高速公路/),
  },
  {
    id: "bring-your-own-it",
    role: "bring-your-own-it-facilitator",
    why: "Helping staff automate their own work with tools they bring (BYOD/BYOIT, citizen developers, low-code enablement).",
    match: has(/bring your own (?:it|device|tech)|\bbyo(?:d|it|t)\b|citizen develop|low-?code (?:enablement|champion|facilitator|coach|advocate)|automation (?:champion|enablement|coach)|公民开发|自助it/),
  },
  {
    id: "financial-wellness",
    role: "financial-wellness-coach",
    why: "Coaching people on their money (financial wellness/health coach, 理财教练).",
    match: has(/financial (?:wellness|well-?being|health|fitness) (?:coach|counsel|advis|specialist|educator)|\bfinancial coach|\bmoney coach|理财教练|财务健康|财商教练/),
  },
  {
    id: "fitness-coaching",
    role: "fitness-commitment-counselor",
    why: "Helping people keep exercising (fitness coach/counselor, personal trainer, 健身教练).",
    match: has(/fitness (?:coach|counsel|trainer|advisor)|personal trainer|exercise (?:coach|physiologist)|健身(?:教练|顾问)|私人教练|私教/),
  },
  {
    id: "memory-curation",
    role: "personal-memory-curator",
    why: "Curating a person's memories (memory curator, personal archivist, digital legacy).",
    match: has(/memory curator|personal (?:digital )?archiv|digital legacy|life ?story (?:writer|curator)|记忆(?:策展|整理|管理)|数字遗产/),
  },
  {
    id: "virtual-store-guide",
    role: "virtual-store-sherpa",
    why: "Guiding shoppers through virtual and online stores (virtual shopping assistant, online personal shopper, 云导购).",
    match: has(/virtual (?:store|shop|shopping)|online (?:personal )?shopper|personal shopper|shopping (?:guide|concierge)|云导购|线上导购|虚拟导购|在线导购/),
  },
  {
    id: "tailoring",
    role: "digital-tailor",
    why: "Fitting clothes to a customer (tailor, made-to-measure, virtual fitting, 裁缝, 量体).",
    match: has(/\btailor\b|\btailors\b|made[- ]to[- ]measure|virtual (?:fitting|try-?on)|裁缝|量体/),
  },
  {
    id: "companionship",
    role: "walker-talker",
    why: "Paid company on walks and in conversation (walker/talker, companion, 陪伴师, 陪聊).",
    match: has(/walker.?talker|walking companion|companion(?:ship)? (?:aide|caregiver|care|walker)|elder(?:ly)? companion|陪伴师|陪伴员|陪聊|陪走/),
  },
  {
    id: "analysis-as-qualifier-teaching",
    role: null,
    why: "teaching or training data analysis: the job is teaching",
    match: both(/数据分析|data analy/, /讲师|老师|教师|助教|课程|培训师|instructor|teacher|trainer|course/),
  },
  {
    id: "data-detective",
    role: "data-detective",
    why: "The article's 数据侦探 (data detective) is the data analyst: an analyst title names it outright.",
    match: has(/data detective|数据侦探|\bdata analysts?\b|\b(?:bi|business intelligence|analytics|insights?|reporting) analysts?\b|数据分析(?:高级|资深|初级|中级)?(?:师|员|专员|专家|岗|经理|主管|总监|负责人|工程师|助理|实习生|leader|lead)|bi(?:商业)?分析师/),
  },
  {
    id: "analysis-as-qualifier-product",
    role: null,
    why: "product management or product operations with a data-analysis focus: the job is the product role, not the analyst",
    match: both(/数据分析|data analy/, /product manager|产品经理|产品设计|产品运营|产品助理/),
  },
  {
    id: "analysis-as-qualifier-development",
    role: null,
    why: "software or data-platform development (for analysis platforms): builders, not analysts",
    match: both(/数据分析|data analy/, /开发|研发|developer|前端|后台|后端|java|分析平台/),
  },
  {
    id: "data-analysis-head",
    role: "data-detective",
    why: "Data analysis is a part of the title on its own (数据分析, 运营数据分析, 高级数据分析, Data Analytics), not a qualifier ('数据分析方向' = with a data-analysis focus) of another job.",
    match: (t) => t.segments.some((s) => /数据分析(?!方向)|data analy(?:sis|tics)(?! focus| direction)/.test(s)),
  },
  {
    id: "data-science",
    role: null,
    why: "data science, data mining or algorithms: data-detective is the analyst; modelling roles are not among the 21",
    match: has(/data scien|数据科学|数据挖掘|data mining|算法|algorithm|\bstatistician\b|quantitative/),
  },
  {
    id: "analysis-as-qualifier-other",
    role: null,
    why: "another job (operations, sales, marketing, finance…) with data analysis as a focus or skill",
    match: has(/数据分析|data analy/),
  },
  {
    id: "ml-ai-engineering",
    role: null,
    why: "ML/AI engineering or research: the 21 future roles include no general ML/AI engineer",
    match: (t) => AI.test(t.text) || /mlops|deep learning|\bnlp\b|computer vision|\bcv\b|perception|深度学习|自然语言|计算机视觉/.test(t.text),
  },
  {
    id: "data-engineering",
    role: null,
    why: "data engineering: building data pipelines is none of the 21 roles",
    match: has(/data engineer|数据开发|数仓|数据仓库|\betl\b|big data|大数据/),
  },
  {
    id: "software-engineering",
    role: null,
    why: "software engineering: none of the 21 roles",
    match: has(/software|developer|engineer|full.?stack|backend|frontend|开发|工程师|程序员/),
  },
];

/** Why a title maps to a role or does not. */
export type RoleMatch = { roleSlug: RoleSlug; rule: string } | { unmapped: string; rule: string | null };

/**
 * Which role a posting's title is an instance of, by the first matching rule of ROLE_RULES. Input: the title as
 * published (either language). Output: { roleSlug, rule } when a rule names a role; { unmapped: reason, rule }
 * when a refusing rule matches (rule = its id) or none does (rule null, reason "no rule matches this title"), or
 * the title is empty. Pure; never throws.
 */
export function explainRoleMatch(title: string): RoleMatch {
  const t = normalizeTitle(title);
  if (!t.text) return { unmapped: "the title is empty", rule: null };
  for (const rule of ROLE_RULES) {
    if (!rule.match(t)) continue;
    return rule.role ? { roleSlug: rule.role, rule: rule.id } : { unmapped: rule.why, rule: rule.id };
  }
  return { unmapped: "no rule matches this title", rule: null };
}
