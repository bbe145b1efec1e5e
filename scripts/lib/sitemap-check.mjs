// Validates a sitemap against the sitemaps.org XSD with the xhtml:link alternates (tests/fixtures/xsd/), using
// libxml2's xmllint compiled to WebAssembly (npm package xmllint-wasm: no system package needed).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const XSD_DIR = path.join(import.meta.dirname, "../../tests/fixtures/xsd");

/**
 * Input: the sitemap's XML text. Output: `{ valid, errors }` where errors are xmllint's messages (with line
 * numbers). Rejects only when the validator itself fails (e.g. a broken schema).
 * @param {string} xml
 * @returns {Promise<{ valid: boolean; errors: string[] }>}
 */
export async function validateSitemap(xml) {
  const read = (name) => readFile(path.join(XSD_DIR, name), "utf8");
  const [entry, sitemap, xhtml] = await Promise.all([read("sitemap-with-xhtml.xsd"), read("sitemap.xsd"), read("xhtml-link.xsd")]);
  const result = await validateXML({
    xml: [{ fileName: "sitemap.xml", contents: xml }],
    schema: [{ fileName: "sitemap-with-xhtml.xsd", contents: entry }],
    preload: [
      { fileName: "sitemap.xsd", contents: sitemap },
      { fileName: "xhtml-link.xsd", contents: xhtml },
    ],
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
