import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openingsRoute } from "@/app/api/openings/route";
import { GET as rolesRoute } from "@/app/api/roles/route";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery } from "@/lib/roles/query";
import { correctKeyword, editDistance } from "@/lib/search/spelling";
import { insertOpening, insertRole, resetCatalogue } from "../support/database";

const get = (path: string) => new NextRequest(`http://localhost${path}`);
const roles = async (qs: string) => (await rolesRoute(get(`/api/roles?${qs}`))).json();
const openings = async (qs: string) => (await openingsRoute(get(`/api/openings?${qs}`))).json();

describe("spelling suggestions", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "orchestrator", titleEn: "Swarm Orchestrator", titleZh: "群体编排师", summaryEn: "Agents", descriptionEn: "x" });
    await insertOpening("data-detective", { slug: "sleuth-job", titleEn: "Senior Sleuthing Analyst", validThrough: "2099-12-31" });
  });

  it("counts one edit exactly", () => {
    expect(editDistance("detectve", "detective")).toBe(1);
    expect(editDistance("detective", "detectve")).toBe(1);
    expect(editDistance("detectiv", "detective")).toBe(1);
    expect(editDistance("detactive", "detective")).toBe(1);
    expect(editDistance("dtectve", "detective")).toBe(2);
  });

  it("corrects a misspelt word of 5+ letters to an indexed word one edit away, and nothing else", async () => {
    expect(await correctKeyword("detectve")).toBe("detective");
    expect(await correctKeyword("Detectve 数据")).toBe("detective 数据");
    expect(await correctKeyword("orchestratr")).toBe("orchestrator");
    // A first letter wrong: found through the shared last two letters.
    expect(await correctKeyword("xrchestrator")).toBe("orchestrator");
    expect(await correctKeyword("dtectve")).toBeNull(); // two edits
    expect(await correctKeyword("swrm")).toBeNull(); // under 5 letters
    expect(await correctKeyword("数据分折")).toBeNull(); // not Latin
  });

  it("roles API: shows corrected results only when the exact keyword finds nothing", async () => {
    const fixed = await roles("q=detectve");
    expect(fixed.correction).toEqual({ q: "detective", original: "detectve" });
    expect(fixed.items.map((i: { slug: string }) => i.slug)).toEqual(["data-detective"]);
    expect(fixed.total).toBe(1);

    const exact = await roles("q=detectve&exact=1");
    expect(exact.correction).toBeNull();
    expect(exact.items).toEqual([]);

    const found = await roles("q=detective");
    expect(found.correction).toBeNull();
    expect(found.total).toBe(1);

    const nothing = await roles("q=zzzzzzzzqq");
    expect(nothing).toMatchObject({ correction: null, total: 0, items: [] });
    expect((await rolesRoute(get("/api/roles?q=detectve&exact=yes"))).status).toBe(400);
  });

  it("never mixes corrected results into exact ones", async () => {
    await insertRole({ slug: "typo-in-text", titleEn: "Detectve Typo Role", descriptionEn: "x" });
    const r = await roles("q=detectve");
    expect(r.correction).toBeNull();
    expect(r.items.map((i: { slug: string }) => i.slug)).toEqual(["typo-in-text"]);
  });

  it("feeds and other callers get no correction unless they ask", async () => {
    const parsed = parseRoleQuery(new URLSearchParams("q=orchestratr"));
    if (!parsed.ok) throw new Error("parse");
    expect(await listPublishedRoles(parsed.query)).toMatchObject({ total: 0, correction: null });
  });

  it("openings API: the same suggestion", async () => {
    const r = await openings("q=sleuthng");
    expect(r.correction).toEqual({ q: "sleuthing", original: "sleuthng" });
    expect(r.items.map((i: { slug: string }) => i.slug)).toEqual(["sleuth-job"]);
    expect((await openings("q=sleuthng&exact=1")).items).toEqual([]);
  });
});
