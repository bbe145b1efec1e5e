/**
 * Deterministic synthetic openings for benchmarks and index tests, spread over the published roles, 24 cities in
 * 8 countries plus remote work, 5 currencies with hourly, monthly and yearly pay (some 13薪/14薪, some no salary),
 * all employment types and levels, and posting dates over the 400 days before a fixed day (2026-12-01), so a
 * share of them has expired. Not real postings: every employer is "Synthetic Employer N" and every apply link
 * points at example.com. Generated in one INSERT … SELECT in the database (the openings trigger derives expiry,
 * yearly pay and search columns per row).
 */
import pg from "pg";

const CITIES: [string, string][] = [
  ["北京", "CN"], ["上海", "CN"], ["深圳", "CN"], ["杭州", "CN"], ["广州", "CN"], ["成都", "CN"], ["南京", "CN"], ["武汉", "CN"],
  ["Beijing", "CN"], ["Shanghai", "CN"], ["Hong Kong", "HK"], ["Singapore", "SG"], ["London", "GB"], ["Manchester", "GB"],
  ["Berlin", "DE"], ["München", "DE"], ["Paris", "FR"], ["New York", "US"], ["San Francisco", "US"], ["Seattle", "US"],
  ["Austin", "US"], ["Toronto", "CA"], ["Montréal", "CA"], ["Zürich", "CH"],
];
const TITLES: [string, string][] = [
  ["Data Analyst", "数据分析师"], ["Machine Learning Engineer", "机器学习工程师"], ["AI Product Manager", "AI产品经理"],
  ["Data Engineer", "数据工程师"], ["AI Trainer", "人工智能训练师"], ["Prompt Engineer", "提示词工程师"],
  ["Computer Vision Engineer", "计算机视觉工程师"], ["AI Ethics Specialist", "AI伦理专员"], ["Edge AI Engineer", "边缘计算工程师"],
  ["Quantum Software Engineer", "量子软件工程师"], ["Healthcare Data Scientist", "医疗数据科学家"], ["BI Analyst", "商业智能分析师"],
];
// [currency, period, min, span, months]: typical ranges as posted.
const PAY: [string, string, number, number, number | null][] = [
  ["CNY", "month", 8000, 30000, null], ["CNY", "month", 15000, 40000, 14], ["CNY", "year", 200000, 600000, null],
  ["USD", "year", 80000, 150000, null], ["USD", "hour", 40, 80, null], ["EUR", "year", 50000, 90000, null],
  ["GBP", "year", 45000, 80000, null], ["SGD", "month", 5000, 9000, 13],
];
const ZONES: Record<string, string> = { CN: "Asia/Shanghai", HK: "Asia/Hong_Kong", SG: "Asia/Singapore", GB: "Europe/London", DE: "Europe/Berlin", FR: "Europe/Paris", US: "America/New_York", CA: "America/Toronto", CH: "Europe/Zurich" };

/**
 * Inserts `count` synthetic published openings (slugs `scale-opening-<seed>-<n>`) into DATABASE_URL `url` under
 * its published roles. Same seed and count → same rows. Returns rows inserted and milliseconds. Throws when the
 * database has no published role.
 */
export async function insertScaleOpenings(url: string, count: number, { seed = 42 }: { seed?: number } = {}): Promise<{ inserted: number; ms: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  try {
    const roles = await client.query<{ id: string }>(`SELECT id FROM roles WHERE status = 'published' AND deleted_at IS NULL ORDER BY slug`);
    if (roles.rowCount === 0) throw new Error("no published role to put openings under");
    const cities = JSON.stringify(CITIES.map(([city, country]) => ({ city, country, zone: ZONES[country] })));
    const result = await client.query(
      `WITH params AS (SELECT $1::int AS n, $2::int AS seed, $3::uuid[] AS roles, $4::jsonb AS cities, $5::jsonb AS titles, $6::jsonb AS pay),
       g AS (SELECT i, abs(hashint8(i::bigint * 2654435761 + p.seed)) AS h, p.* FROM params p, generate_series(1, (SELECT n FROM params)) AS i),
       rows AS (
         SELECT i, h, seed, roles[1 + h % cardinality(roles)] AS role_id,
                cities->((h / 7) % jsonb_array_length(cities))::int AS c1,
                cities->((h / 11) % jsonb_array_length(cities))::int AS c2,
                titles->((h / 13) % jsonb_array_length(titles))::int AS t,
                pay->((h / 17) % jsonb_array_length(pay))::int AS s,
                (h / 19) % 10 AS kind,
                DATE '2026-12-01' - ((h / 23) % 400)::int AS posted
         FROM g)
       INSERT INTO openings (id, slug, role_id, title_en, title_zh, description_en, description_zh, employer_name, employer_url,
         workplace_type, locations, remote_countries, employment_type, experience_level, salary_min, salary_max, salary_currency,
         salary_period, salary_months, salary_text, apply_url, date_posted, valid_through, time_zone, status, published_at,
         created_at, updated_at)
       SELECT gen_random_uuid(), 'scale-opening-' || seed || '-' || i, role_id,
              CASE WHEN kind = 9 THEN '' ELSE (t->>0) || CASE WHEN kind = 3 THEN ' (100% Remote)' ELSE '' END END,
              CASE WHEN kind = 8 THEN '' ELSE t->>1 END,
              'We are hiring a ' || (t->>0) || ' to work with our data, models and customers. Synthetic benchmark posting ' || i || '.',
              '我们正在招聘' || (t->>1) || '，与数据、模型和客户一起工作。合成基准测试职位 ' || i || '。',
              'Synthetic Employer ' || (h % 5000), CASE WHEN kind < 5 THEN 'https://employer-' || (h % 5000) || '.example.com' END,
              (CASE WHEN kind IN (3, 7) THEN 'remote' WHEN kind IN (4, 6) THEN 'hybrid' ELSE 'on-site' END)::workplace_type,
              CASE WHEN kind = 3 THEN '[]'::jsonb
                   WHEN kind = 6 THEN jsonb_build_array(jsonb_build_object('city', c1->>'city', 'country', c1->>'country'),
                                                        jsonb_build_object('city', c2->>'city', 'country', c2->>'country'))
                   ELSE jsonb_build_array(jsonb_build_object('city', c1->>'city', 'country', c1->>'country')) END,
              CASE WHEN kind = 3 THEN ARRAY[c1->>'country'] ELSE '{}' END,
              (ARRAY['full-time','full-time','full-time','part-time','contract','temporary','internship'])[1 + (h / 29) % 7]::employment_type,
              (ARRAY['entry','mid','senior','lead',NULL])[1 + (h / 31) % 5]::experience_level,
              CASE WHEN kind = 5 THEN NULL ELSE (s->>2)::numeric + ((h / 37) % 10) * (s->>3)::numeric / 20 END,
              CASE WHEN kind = 5 THEN NULL ELSE (s->>2)::numeric + (s->>3)::numeric * (0.5 + ((h / 41) % 10) / 20.0) END,
              CASE WHEN kind = 5 THEN NULL ELSE s->>0 END,
              CASE WHEN kind = 5 THEN NULL ELSE (s->>1)::salary_period END,
              CASE WHEN kind = 5 THEN NULL ELSE (s->>4)::smallint END,
              '',
              'https://apply.example.com/' || seed || '/' || i,
              posted, posted + (30 + (h / 43) % 60)::int, coalesce(c1->>'zone', 'Asia/Shanghai'),
              'published', posted::timestamp AT TIME ZONE 'UTC', posted::timestamp AT TIME ZONE 'UTC', posted::timestamp AT TIME ZONE 'UTC'
       FROM rows
       ON CONFLICT (slug) DO NOTHING`,
      [count, seed, roles.rows.map((r) => r.id), cities, JSON.stringify(TITLES), JSON.stringify(PAY)],
    );
    await client.query("ANALYZE openings");
    return { inserted: result.rowCount ?? 0, ms: performance.now() - t0 };
  } finally {
    await client.end();
  }
}
