import { spellingCorrection } from "@/lib/search/openapi";
import { z } from "zod";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/constants";
import { EMPLOYMENT_TYPES, EXPERIENCE_FILTER_VALUES, EXPERIENCE_LEVELS, SALARY_PERIODS, WORKPLACE_TYPES } from "./constants";
import { rawOpeningQuerySchema } from "./query";

/*
 * The openings part of the OpenAPI document (lib/api/openapi.ts assembles the whole): query parameters from
 * `rawOpeningQuerySchema` (the schema GET /api/openings parses with), response bodies from the schemas below,
 * which describe lib/openings/types.ts (tests/integration/openings-api.test.ts checks real answers against them).
 */

const counts = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object(Object.fromEntries(values.map((v) => [v, z.int().min(0)])) as Record<T[number], z.ZodInt>);
const day = z.iso.date().meta({ description: "Calendar date YYYY-MM-DD" });

const openingListItem = z.object({
  slug: z.string(),
  titleEn: z.string().meta({ description: "English title; empty when the posting has only a Chinese one" }),
  titleZh: z.string().meta({ description: "Chinese title; empty when the posting has only an English one" }),
  employerName: z.string(),
  workplaceType: z.enum(WORKPLACE_TYPES),
  locations: z.array(z.object({ city: z.string(), country: z.string().regex(/^[A-Z]{2}$/).meta({ description: "ISO 3166-1 alpha-2" }) })),
  remoteCountries: z.array(z.string()).meta({ description: "For remote work: countries applicants may work from (alpha-2); empty = anywhere" }),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  experienceLevel: z.enum(EXPERIENCE_LEVELS).nullable(),
  salary: z
    .object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: z.string().nullable().meta({ description: "ISO 4217" }),
      period: z.enum(SALARY_PERIODS).nullable(),
      months: z.int().nullable().meta({ description: "Months of pay per year (13薪, 14薪); null = 12" }),
      text: z.string().meta({ description: "The salary exactly as stated by the source, or empty" }),
    })
    .nullable()
    .meta({ description: "As stated, never converted; null when the posting states no salary" }),
  datePosted: day,
  validThrough: day,
  expiresAt: z.iso.datetime().meta({ description: "When the opening stops being current: the start of the day after validThrough in timeZone" }),
  timeZone: z.string().meta({ description: "IANA time zone of validThrough" }),
  role: z.object({ slug: z.string(), titleEn: z.string(), titleZh: z.string(), tier: z.enum(TIER_VALUES), horizon: z.enum(HORIZON_VALUES) }),
});

const facetValue = z.object({ value: z.string(), count: z.int().min(0), label: z.string().optional(), labelZh: z.string().optional() });

const openingListResult = z.object({
  items: z.array(openingListItem),
  total: z.int().min(0),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  facets: z.object({
    tier: counts(TIER_VALUES),
    horizon: counts(HORIZON_VALUES),
    workplace: counts(WORKPLACE_TYPES),
    employment: counts(EMPLOYMENT_TYPES),
    experience: counts(EXPERIENCE_FILTER_VALUES),
    city: z.array(facetValue),
    role: z.array(facetValue),
  }),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  correction: spellingCorrection,
});

const openingDetail = openingListItem.extend({
  descriptionEn: z.string().meta({ description: "Markdown" }),
  descriptionZh: z.string().meta({ description: "Markdown" }),
  employerUrl: z.string().nullable(),
  applyUrl: z.string().nullable().meta({ description: "http(s) URL or mailto:; null once the opening has expired" }),
  expired: z.boolean(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

/** The response schemas, exported for the test that checks them against real answers. */
export const openingApiSchemas = { openingListResult, openingDetail };

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** One OpenAPI query parameter per property of the raw openings query schema; arrays are repeated. */
export function openingQueryParameters() {
  const schema = z.toJSONSchema(rawOpeningQuerySchema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const { description, ...all } = prop;
    // Whole numbers arrive as digits in the URL; the document states them as integers with their bounds.
    const { pattern: _pattern, ...integer } = all;
    const rest = all.type === "integer" ? integer : all;
    return { name, in: "query" as const, required: false, description, schema: rest, ...(rest.type === "array" ? { style: "form", explode: true } : {}) };
  });
}

/**
 * The openings paths of the OpenAPI document: `/api/openings`, `/api/openings/{slug}`, and the two feeds. Input: the
 * shared error response builder and JSON-schema converter of the document. Pure.
 */
export function openingPaths(errorResponse: (description: string) => unknown, json: (s: z.ZodType) => unknown) {
  const parameters = openingQueryParameters();
  const feedParameters = parameters.filter((p) => p.name !== "sort").concat([
    { name: "sort", in: "query", required: false, description: "Feeds are always newest first: leave out or give `newest`.", schema: { type: "string", enum: ["newest"] } },
  ]);
  const feed = (type: string, summary: string, operationId: string) => ({
    get: {
      summary,
      operationId,
      tags: ["openings"],
      parameters: feedParameters,
      responses: {
        "200": { description: summary, content: { [type]: { schema: { type: "string" } } } },
        "400": errorResponse("Invalid or unknown parameters, each named in `issues`"),
      },
    },
  });
  return {
    "/api/openings": {
      get: {
        summary: "List current openings (published, not expired) with filters, keyword search, facets and pagination",
        operationId: "listOpenings",
        tags: ["openings"],
        parameters,
        responses: {
          "200": { description: "One page of openings", content: { "application/json": { schema: json(openingListResult) } } },
          "400": errorResponse("Invalid or unknown parameters, each named in `issues`"),
        },
      },
    },
    "/api/openings/{slug}": {
      get: {
        summary: "One published opening, current or expired (`expired: true`, no apply link)",
        operationId: "getOpening",
        tags: ["openings"],
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } }],
        responses: {
          "200": { description: "The opening", content: { "application/json": { schema: json(openingDetail) } } },
          "400": errorResponse("A query parameter was given (this route takes none)"),
          "404": errorResponse("No published opening has this slug"),
        },
      },
    },
    "/jobs-feed.xml": feed("application/rss+xml", "RSS 2.0 feed of current openings, newest first", "openingFeedRss"),
    "/jobs-atom.xml": feed("application/atom+xml", "Atom 1.0 feed of current openings, newest first", "openingFeedAtom"),
  };
}
