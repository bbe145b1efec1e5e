import { expect, test } from "@playwright/test";

test("a role page carries Occupation JSON-LD matching what it shows, canonical and Open Graph", async ({ page, baseURL }) => {
  await page.goto("/roles/data-detective?tier=medium-to-high");
  const h1 = await page.getByRole("heading", { level: 1 }).textContent();
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const ld = JSON.parse(blocks[0]!);
  expect(ld["@type"]).toBe("Occupation");
  expect(JSON.stringify(ld)).not.toContain("JobPosting");
  expect(ld.name).toBe(h1);
  expect(ld.alternateName).toBe("数据侦探");
  await expect(page.getByText(ld.alternateName).first()).toBeVisible();
  expect(ld.url).toBe(`${baseURL}/roles/data-detective`);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/roles/data-detective`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Data Detective · 数据侦探/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/roles/data-detective`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
});

test("the browse page's canonical keeps the filters in canonical order and links the matching feeds", async ({ page, baseURL }) => {
  await page.goto("/?horizon=5-year&tier=medium-to-high&page=1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/?tier=medium-to-high&horizon=5-year`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    `${baseURL}/feed.xml?tier=medium-to-high&horizon=5-year`,
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/atom\.xml\?tier=medium-to-high/);
});

test("sitemap.xml, robots.txt, the feeds and the OpenAPI document are served", async ({ request, baseURL }) => {
  const sm = await request.get("/sitemap.xml");
  expect(sm.status()).toBe(200);
  const smText = await sm.text();
  expect(smText).toContain(`<loc>${baseURL}/roles/data-detective</loc>`);
  expect(smText).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Disallow: \/api\//);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  const rss = await request.get("/feed.xml?tier=medium-to-high");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain("<rss");
  expect((await request.get("/feed.xml?tier=nope")).status()).toBe(400);
  expect((await request.get("/atom.xml")).headers()["content-type"]).toContain("application/atom+xml");

  const oa = await request.get("/api/openapi.json");
  expect((await oa.json()).openapi).toBe("3.1.0");
});
