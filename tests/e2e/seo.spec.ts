import { expect, test } from "@playwright/test";

test("a role page carries Occupation JSON-LD matching what it shows, canonical and Open Graph", async ({ page, baseURL }) => {
  await page.goto("/en/roles/data-detective?tier=medium-to-high");
  const h1 = await page.getByRole("heading", { level: 1 }).textContent();
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const ld = JSON.parse(blocks[0]!);
  expect(ld["@type"]).toBe("Occupation");
  expect(JSON.stringify(ld)).not.toContain("JobPosting");
  expect(ld.name).toBe(h1);
  expect(ld.alternateName).toBe("数据侦探");
  await expect(page.getByText(ld.alternateName).first()).toBeVisible();
  expect(ld.url).toBe(`${baseURL}/en/roles/data-detective`);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en/roles/data-detective`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Data Detective/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/en/roles/data-detective`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_US");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
});

test("on the Chinese page the JSON-LD name is the Chinese title and the English one the alternate", async ({ page, baseURL }) => {
  await page.goto("/zh/roles/data-detective");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.name).toBe("数据侦探");
  expect(ld.alternateName).toBe("Data Detective");
  expect(ld.name).toBe(await page.getByRole("heading", { level: 1 }).textContent());
  expect(ld.url).toBe(`${baseURL}/zh/roles/data-detective`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_CN");
});

test("the browse page's canonical keeps the filters in canonical order and links the matching feeds", async ({ page, baseURL }) => {
  await page.goto("/en?horizon=5-year&tier=medium-to-high&page=1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en?tier=medium-to-high&horizon=5-year`);
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
  for (const l of ["en", "zh"]) {
    expect(smText).toContain(`<loc>${baseURL}/${l}/roles/data-detective</loc>`);
    expect(smText).toContain(`<xhtml:link rel="alternate" hreflang="${l === "zh" ? "zh-CN" : "en"}" href="${baseURL}/${l}/roles/data-detective" />`);
  }
  expect(smText).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Disallow: \/zh\/admin/);
  expect(robots).toMatch(/Disallow: \/en\/admin/);
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
