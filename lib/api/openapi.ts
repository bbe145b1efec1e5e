import { z } from "zod";
import { openingPaths } from "@/lib/openings/openapi";
import { spellingCorrection } from "@/lib/search/openapi";
import { HORIZON_VALUES, rawRoleQuerySchema, TIER_VALUES } from "@/lib/roles/query";

/*
 * The OpenAPI 3.1 document of the public API, generated from zod: the query parameters from
 * `rawRoleQuerySchema` (the schema GET /api/roles parses with), the response bodies from the schemas below, which
 * describe lib/roles/types.ts (tests/unit/openapi.test.ts checks they agree with real answers).
 */

const tier = z.enum(TIER_VALUES);
const horizon = z.enum(HORIZON_VALUES);

const roleListItem = z.object({
  slug: z.string(),
  titleEn: z.string().meta({ description: "English name; empty when the role has only a Chinese one" }),
  titleZh: z.string().meta({ description: "Chinese name; empty when the role has only an English one" }),
  tier,
  horizon,
  summaryEn: z.string(),
  summaryZh: z.string(),
});

const roleListEntry = roleListItem.extend({
  listedAt: z.iso.datetime().meta({ description: "Publication time (the `newest` order)" }),
});

const counts = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object(Object.fromEntries(values.map((v) => [v, z.int().min(0)])) as Record<T[number], z.ZodInt>);

const roleListResult = z.object({
  items: z.array(roleListEntry),
  total: z.int().min(0),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  facets: z.object({ tier: counts(TIER_VALUES), horizon: counts(HORIZON_VALUES) }),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  correction: spellingCorrection,
});

const roleDetail = roleListItem.extend({
  descriptionEn: z.string().meta({ description: "Markdown" }),
  descriptionZh: z.string().meta({ description: "Markdown" }),
  contentOrigin: z.enum(["editorial", "source"]),
  sourceName: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

const apiError = z.object({
  error: z.object({
    status: z.int(),
    message: z.string(),
    issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  }),
});

const dependencyState = z.object({
  status: z.enum(["up", "down"]),
  latencyMs: z.number().min(0).meta({ description: "Round trip of the check, milliseconds" }),
  error: z.string().optional().meta({ description: "Why it is down (error code or short message)" }),
});

const health = z.object({ status: z.literal("ok"), uptimeSeconds: z.int().min(0) });

const readinessReport = z.object({
  status: z.enum(["ready", "unavailable"]),
  checks: z.object({
    database: dependencyState,
    redis: dependencyState.optional().meta({ description: "Present when REDIS_URL is configured" }),
  }),
});

/** The response schemas, exported for the test that checks them against real answers. */
export const apiSchemas = { roleListResult, roleDetail, apiError, health, readinessReport };

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** One OpenAPI query parameter per property of the raw query schema; arrays are repeated (`form`, exploded). */
export function roleQueryParameters() {
  const schema = z.toJSONSchema(rawRoleQuerySchema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const { description, ...all } = prop;
    // Whole numbers arrive as digits in the URL; the document states them as integers with their bounds.
    const { pattern: _pattern, ...integer } = all;
    const rest = all.type === "integer" ? integer : all;
    return {
      name,
      in: "query" as const,
      required: false,
      description,
      schema: rest,
      ...(rest.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

const json = (s: z.ZodType) => z.toJSONSchema(s, { target: "draft-2020-12" });
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: json(apiError) } } });

/**
 * The OpenAPI 3.1 document served at GET /api/openapi.json. `serverUrl` is the site's origin. Pure: the same
 * input gives the same document.
 */
export function openApiDocument(serverUrl: string) {
  const parameters = roleQueryParameters();
  const feedParameters = parameters.filter((p) => p.name !== "sort").concat([
    {
      name: "sort",
      in: "query",
      required: false,
      description: "Feeds are always newest first: leave out or give `newest`.",
      schema: { type: "string", enum: ["newest"] },
    },
  ]);
  const feed = (type: string, summary: string, operationId: string) => ({
    get: {
      summary,
      operationId,
      tags: ["roles"],
      parameters: feedParameters,
      responses: {
        "200": { description: summary, content: { [type]: { schema: { type: "string" } } } },
        "400": errorResponse("Invalid or unknown parameters, each named in `issues`"),
      },
    },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "AI Jobs Atlas public API",
      version: "1.0.0",
      description:
        "Published emerging AI roles (AI 岗位图谱) and the current openings (job postings) under them. Read-only, no authentication. Unknown parameters are refused with 400.",
    },
    servers: [{ url: serverUrl }],
    // Public and read-only: no operation needs credentials.
    security: [],
    tags: [
      { name: "roles", description: "Emerging AI roles from the source article (schema.org Occupation)" },
      { name: "openings", description: "Job postings under the roles (schema.org JobPosting)" },
      { name: "operations", description: "Liveness and readiness for load balancers and orchestrators; never cached" },
    ],
    paths: {
      "/api/roles": {
        get: {
          summary: "List published roles with filters, keyword search, facets and pagination",
          operationId: "listRoles",
          tags: ["roles"],
          parameters,
          responses: {
            "200": { description: "One page of roles", content: { "application/json": { schema: json(roleListResult) } } },
            "400": errorResponse("Invalid or unknown parameters, each named in `issues`"),
          },
        },
      },
      "/api/roles/{slug}": {
        get: {
          summary: "One published role",
          operationId: "getRole",
          tags: ["roles"],
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } }],
          responses: {
            "200": { description: "The role", content: { "application/json": { schema: json(roleDetail) } } },
            "308": { description: "The role was renamed: Location gives its current URL" },
            "400": errorResponse("A query parameter was given (this route takes none)"),
            "404": errorResponse("No published role has this slug"),
          },
        },
      },
      "/feed.xml": feed("application/rss+xml", "RSS 2.0 feed of published roles, newest first", "roleFeedRss"),
      "/atom.xml": feed("application/atom+xml", "Atom 1.0 feed of published roles, newest first", "roleFeedAtom"),
      ...openingPaths(errorResponse, json),
      "/api/health": {
        get: {
          summary: "Liveness: the process is up (checks no dependency)",
          operationId: "health",
          tags: ["operations"],
          responses: { "200": { description: "Up", content: { "application/json": { schema: json(health) } } } },
        },
      },
      "/api/ready": {
        get: {
          summary: "Readiness: the database and, when configured, Redis answer; each check's state and latency",
          operationId: "ready",
          tags: ["operations"],
          responses: {
            "200": { description: "Every dependency is up", content: { "application/json": { schema: json(readinessReport) } } },
            "503": {
              description: "A dependency is down (`Retry-After` says when to ask again)",
              content: { "application/json": { schema: json(readinessReport) } },
            },
          },
        },
      },
    },
  };
}
