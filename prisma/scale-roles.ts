/**
 * Deterministic synthetic catalogue for benchmarks and index tests: realistic bilingual roles across all tiers,
 * horizons and statuses, with many shared titles (ties) and some messy Unicode (accents, full-width forms,
 * emoji). Not real data: every role is marked contentOrigin "editorial" and sourceName "synthetic scale data".
 */
import { zhSortKey } from "../lib/search/pinyin.mjs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { deriveSearchColumns } from "../lib/search/document";

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same catalogue. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parallel English / Chinese vocabularies: index i of one list translates index i of the other.
const FIELDS: [string, string][] = [
  ["Clinical", "临床"], ["Quantum", "量子"], ["Edge", "边缘"], ["Ethical", "伦理"], ["Financial", "金融"],
  ["Genomic", "基因组"], ["Urban", "城市"], ["Retail", "零售"], ["Legal", "法律"], ["Creative", "创意"],
  ["Industrial", "工业"], ["Agricultural", "农业"], ["Educational", "教育"], ["Maritime", "海事"],
  ["Energy", "能源"], ["Climate", "气候"], ["Security", "安全"], ["Supply Chain", "供应链"], ["Customer", "客户"],
  ["Robotics", "机器人"], ["Café Operations", "咖啡馆运营"], ["Healthcare", "医疗"], ["Travel", "旅游"],
];
const FUNCTIONS: [string, string][] = [
  ["Data", "数据"], ["AI", "AI"], ["Model", "模型"], ["Prompt", "提示词"], ["Automation", "自动化"],
  ["Vision", "视觉"], ["Language", "语言"], ["Knowledge", "知识"], ["Sensor", "传感器"], ["Simulation", "仿真"],
  ["Trust", "信任"], ["Privacy", "隐私"], ["Workflow", "流程"], ["Digital Twin", "数字孪生"], ["Voice", "语音"],
  ["Recommendation", "推荐"], ["Forecasting", "预测"], ["Compliance", "合规"],
];
const ROLES: [string, string][] = [
  ["Analyst", "分析师"], ["Engineer", "工程师"], ["Curator", "策展人"], ["Coach", "教练"], ["Auditor", "审计师"],
  ["Designer", "设计师"], ["Architect", "架构师"], ["Strategist", "策略师"], ["Operator", "操作员"],
  ["Trainer", "训练师"], ["Detective", "侦探"], ["Steward", "管理员"], ["Officer", "官"], ["Manager", "经理"],
  ["Specialist", "专员"], ["Researcher", "研究员"], ["Technician", "技术人员"], ["Consultant", "顾问"],
];
const SUMMARY_EN = [
  "Keeps {f} {g} systems accurate and explains their results to the people who rely on them.",
  "Designs how teams use {g} tools in {f} work, and measures whether they help.",
  "Checks {f} {g} outputs for errors, bias and risk before they reach customers.",
  "Turns {f} data into decisions, working between engineers and the business.",
];
const SUMMARY_ZH = [
  "确保{f}{g}系统准确可靠，并向依赖它的人解释结果。",
  "设计团队在{f}工作中如何使用{g}工具，并评估其效果。",
  "在{f}{g}结果交付客户之前，检查其中的错误、偏差与风险。",
  "把{f}数据转化为决策，在工程师与业务之间协作。",
];
const DESC_EN = [
  "The role combines domain knowledge of {f} with a working understanding of {g} methods.",
  "Typical tasks include reviewing model behaviour, documenting decisions and training colleagues.",
  "It grows as organisations move {g} pilots into everyday {f} operations.",
  "Good candidates communicate clearly, weigh trade-offs honestly and keep learning as tools change.",
  "Success is measured by fewer incidents, faster decisions and users who trust the results.",
  "Some teams call it a ＡＩ-enabled role; others describe it as a naïve-sounding job with real depth 🚀.",
];
const DESC_ZH = [
  "该岗位需要{f}领域的专业知识，并理解{g}方法的基本原理。",
  "日常工作包括评估模型表现、记录决策依据以及培训同事。",
  "随着机构把{g}试点推广到日常{f}业务中，这一岗位的需求不断增长。",
  "合适的人选沟通清晰、权衡取舍实事求是，并随工具变化持续学习。",
  "衡量成效的标准是更少的事故、更快的决策以及用户对结果的信任。",
  "有的团队称之为ＡＩ赋能岗位，也有人觉得它名字朴素、内涵却很深。",
];

export interface ScaleRole {
  id: string;
  slug: string;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
  descriptionZh: string;
  tier: "low-to-medium" | "medium-to-high" | null;
  horizon: "5-year" | "10-year" | null;
  status: "published" | "draft" | "archived";
  publishedAt: string | null;
  createdAt: string;
}

const fill = (template: string, f: string, g: string) => template.replaceAll("{f}", f).replaceAll("{g}", g);
const slugify = (s: string) => s.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Role `index` (0-based) of the synthetic catalogue made from `seed`; the same inputs give the same role. */
export function scaleRole(index: number, seed = 42): ScaleRole {
  const r = rng(seed * 1_000_003 + index);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const [fEn, fZh] = pick(FIELDS);
  const [gEn, gZh] = pick(FUNCTIONS);
  const [rEn, rZh] = pick(ROLES);
  const x = r();
  const tier = x < 0.45 ? "low-to-medium" : x < 0.9 ? "medium-to-high" : null;
  const y = r();
  const horizon = y < 0.4 ? "5-year" : y < 0.8 ? "10-year" : null;
  const z = r();
  const status = z < 0.8 ? "published" : z < 0.95 ? "draft" : "archived";
  // Timestamps spread over two years, at whole seconds so many roles share one (ties for "newest").
  const created = Date.UTC(2024, 0, 1) + Math.floor(r() * 730 * 86_400) * 1000;
  const published = status === "draft" ? null : created + Math.floor(r() * 30) * 86_400_000;
  const sentences = (pool: string[], f: string, g: string, sep: string) =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => fill(pick(pool), f, g)).join(sep);
  const titleEn = `${fEn} ${gEn} ${rEn}`;
  const hex = index.toString(16).padStart(12, "0");
  return {
    id: `00000000-5ca1-4000-8000-${hex}`,
    slug: `${slugify(titleEn)}-${index.toString(36)}`,
    titleEn,
    titleZh: `${fZh}${gZh}${rZh}`,
    summaryEn: fill(pick(SUMMARY_EN), fEn.toLowerCase(), gEn),
    summaryZh: fill(pick(SUMMARY_ZH), fZh, gZh),
    descriptionEn: sentences(DESC_EN, fEn.toLowerCase(), gEn, " "),
    descriptionZh: sentences(DESC_ZH, fZh, gZh, ""),
    tier,
    horizon,
    status,
    publishedAt: published === null ? null : new Date(published).toISOString(),
    createdAt: new Date(created).toISOString(),
  };
}

const COLUMNS = [
  "id", "slug", "title_en", "title_zh", "summary_en", "summary_zh", "description_en", "description_zh", "tier",
  "horizon", "status", "published_at", "created_at", "sort_title", "search_title", "search_summary", "search_text",
  "search_tokens", "content_origin", "source_name", "updated_at", "sort_key_zh",
] as const;
const ID_PREFIX = "00000000-5ca1-4000-8000-";

/** A value in COPY's text format: \N for null, backslash escapes for the characters COPY treats specially. */
function copyValue(v: string | null): string {
  if (v === null) return "\\N";
  return v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** A text[] literal: every element double-quoted, with " and \ escaped. */
const arrayLiteral = (items: string[]) => `{${items.map((t) => `"${t.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

/** A role's values in COLUMNS order (token array as a text[] literal). */
function rowValues(role: ScaleRole, now: string): (string | null)[] {
  const d = deriveSearchColumns(role);
  return [
    role.id, role.slug, role.titleEn, role.titleZh, role.summaryEn, role.summaryZh, role.descriptionEn,
    role.descriptionZh, role.tier, role.horizon, role.status, role.publishedAt, role.createdAt, d.sortTitle,
    d.searchTitle, d.searchSummary, d.searchText, arrayLiteral(d.searchTokens), "editorial", "synthetic scale data", now,
    zhSortKey(role.titleZh, role.titleEn),
  ];
}

const copyLine = (role: ScaleRole, now: string) => `${rowValues(role, now).map(copyValue).join("\t")}\n`;

/**
 * The embedded PGlite server does not speak COPY FROM STDIN over its socket (the connection dies): there, rows go
 * in as INSERT … SELECT FROM unnest(text arrays), 1,000 at a time, each cast to its column's type.
 */
async function insertRows(client: pg.Client, start: number, end: number, seed: number, now: string) {
  const types = ["uuid", "text", "text", "text", "text", "text", "text", "text", "skill_tier", "emergence_horizon",
    "role_status", "timestamptz", "timestamptz", "text", "text", "text", "text", "text[]", "content_origin", "text", "timestamptz", "text"];
  for (let from = start; from < end; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, end - from) }, (_, i) => rowValues(scaleRole(from + i, seed), now));
    const arrays = COLUMNS.map((_, c) => rows.map((r) => r[c] ?? null));
    const select = COLUMNS.map((c, i) => `u.c${i}::${types[i]}`).join(", ");
    const unnest = COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(", ");
    await client.query(
      `INSERT INTO roles (${COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${select}
       FROM unnest(${unnest}) AS u(${COLUMNS.map((_, i) => `c${i}`).join(", ")})`,
      arrays,
    );
  }
}

/**
 * Adds roles 0..count-1 of the synthetic catalogue to `databaseUrl` with COPY, in transactions of `batchSize`
 * rows, starting after the highest synthetic role already there (so a repeated run adds nothing), then runs
 * VACUUM ANALYZE. The search columns are computed here (lib/search/document.ts) and the trigger told so;
 * for large loads the GIN indexes are dropped and rebuilt from their own definitions, which is several times
 * faster than growing them row by row. Returns rows inserted and milliseconds taken.
 */
export async function insertScaleRoles(
  databaseUrl: string,
  count: number,
  { seed = 42, batchSize = 10_000, onProgress }: { seed?: number; batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<{ inserted: number; ms: number }> {
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  let inserted = 0;
  try {
    const { rows: maxRows } = await client.query<{ max: string | null }>(
      `SELECT max(id::text) AS max FROM roles WHERE id BETWEEN $1::uuid AND $2::uuid`,
      [`${ID_PREFIX}000000000000`, `${ID_PREFIX}ffffffffffff`],
    );
    const first = maxRows[0]?.max ? Number.parseInt(maxRows[0].max.slice(ID_PREFIX.length), 16) + 1 : 0;
    if (first >= count) return { inserted: 0, ms: Math.round(performance.now() - t0) };

    const rebuild =
      count - first >= 10_000
        ? (
            await client.query<{ name: string; def: string }>(
              `SELECT indexname AS name, indexdef AS def FROM pg_indexes
               WHERE schemaname = current_schema() AND tablename = 'roles' AND indexdef LIKE '% USING gin %'`,
            )
          ).rows
        : [];
    for (const ix of rebuild) await client.query(`DROP INDEX "${ix.name}"`);
    try {
      const now = new Date().toISOString();
      const { rows: v } = await client.query<{ version: string }>("SELECT version()");
      const canCopy = !v[0]?.version.includes("PGlite");
      for (let start = first; start < count; start += batchSize) {
        const end = Math.min(start + batchSize, count);
        await client.query("BEGIN");
        await client.query("SET LOCAL atlas.derived_columns_supplied = 'on'");
        if (canCopy) {
          const copy = client.query(copyFrom(`COPY roles (${COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
          await pipeline(
            Readable.from(
              (function* lines() {
                for (let i = start; i < end; i++) yield copyLine(scaleRole(i, seed), now);
              })(),
            ),
            copy,
          );
        } else {
          await insertRows(client, start, end, seed, now);
        }
        await client.query("COMMIT");
        inserted += end - start;
        onProgress?.(end);
      }
    } finally {
      // Also after a failed batch: the indexes must come back.
      if (rebuild.length) {
        await client.query("ROLLBACK").catch(() => {});
        await client.query("SET maintenance_work_mem = '256MB'");
        for (const ix of rebuild) await client.query(ix.def);
      }
    }
    await client.query("VACUUM ANALYZE roles");
  } finally {
    await client.end();
  }
  return { inserted, ms: Math.round(performance.now() - t0) };
}
