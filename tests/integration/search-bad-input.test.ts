import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openingsRoute } from "@/app/api/openings/route";
import { GET as rolesRoute } from "@/app/api/roles/route";
import { apiSchemas } from "@/lib/api/openapi";
import { openingApiSchemas } from "@/lib/openings/openapi";
import { insertOpening, resetCatalogue } from "../support/database";

// Hostile keywords through both public list APIs: each gets a normal answer (valid against the OpenAPI schema) or
// the documented 400 (control characters, too long), never a 500, and quickly even at this small size.

const get = (path: string) => new NextRequest(`http://localhost${path}`);
const routes = [
  ["roles", rolesRoute, apiSchemas.roleListResult],
  ["openings", openingsRoute, openingApiSchemas.openingListResult],
] as const;

const normal: [string, string][] = [
  ["200 of one Han character", "数".repeat(200)],
  ["200 of one Latin letter", "a".repeat(200)],
  ["200 of one emoji", "😀".repeat(200)],
  ["mixed scripts", "AI数据مرحباДанные café 東京 데이터"],
  ["emoji inside words", "数据😀分析 engi😀neer"],
  ["right-to-left and left-to-right marks", "\u200f数据\u200e"],
  ["zero-width characters", "数\u200b据 \ufeffdetective"],
  ["8+ words", "data detective evidence analyst machine learning engineer quantum prompt agent"],
  ["8+ misspelt words", "detectve evidnce analyts machne learnng enginer quantm promptt agentss"],
  ["operators and quotes", `"' % _ \\ || && !~ ^$ (a|b) [x] {1} <script>`],
];
const refused: [string, string][] = [
  ["NUL", "数据\u0000"],
  ["other control characters", "a\u0007b\u001fc\u007f"],
  ["201 characters", "数".repeat(201)],
];

describe("hostile keywords", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertOpening("data-detective", { slug: "bad-input-job", titleEn: "Data Detective Job", validThrough: "2099-12-31" });
  });

  for (const [entity, route, schema] of routes) {
    it.each(normal)(`${entity}: %s → 200, a valid answer`, async (_, q) => {
      const t0 = performance.now();
      const res = await route(get(`/api/${entity}?q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(200);
      schema.parse(await res.json());
      expect(performance.now() - t0).toBeLessThan(2_000);
    });

    it.each(refused)(`${entity}: %s → 400 naming q`, async (_, q) => {
      const res = await route(get(`/api/${entity}?q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(400);
      const body = apiSchemas.apiError.parse(await res.json());
      expect(body.error.issues?.map((i) => i.parameter)).toContain("q");
    });
  }

  it("ignores invisible marks: they find what the bare word finds", async () => {
    const slugs = async (q: string) =>
      ((await (await rolesRoute(get(`/api/roles?q=${encodeURIComponent(q)}`))).json()) as { items: { slug: string }[] }).items.map((i) => i.slug);
    expect(await slugs("\u200f侦探\u200e")).toEqual(await slugs("侦探"));
    expect(await slugs("侦探")).toEqual(["data-detective"]);
  });
});
