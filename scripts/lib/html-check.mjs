// The Nu HTML Checker (the W3C's validator, shipped as a jar in the npm package vnu-jar) over pages' HTML, run
// with the machine's Java (17 or later; JAVA env to name another binary). Used by `npm run check:html`
// (scripts/check-html.mjs) and tests/e2e/html-validity.spec.ts.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const VNU_JAR = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

/**
 * The public pages the checker covers, in both locales: browse, a role, jobs, a job (when `openingSlug` is
 * given), insights, compare, saved, sign-in and a 404. Paths relative to the site's origin.
 * @param {{ roleSlug?: string; compare?: string[]; openingSlug?: string }} [options]
 * @returns {string[]}
 */
export function publicPages({ roleSlug = "data-detective", compare = ["data-detective", "walker-talker"], openingSlug } = {}) {
  const paths = [];
  for (const locale of ["en", "zh"]) {
    paths.push(
      `/${locale}`,
      `/${locale}?tier=low-to-medium`,
      `/${locale}/roles/${roleSlug}`,
      `/${locale}/jobs`,
      ...(openingSlug ? [`/${locale}/jobs/${openingSlug}`] : []),
      `/${locale}/insights`,
      `/${locale}/compare?${compare.map((s) => `roles=${s}`).join("&")}`,
      `/${locale}/saved`,
      `/${locale}/sign-in`,
      `/${locale}/no-such-page`,
      `/${locale}/roles/no-such-role`,
    );
  }
  return paths;
}

/**
 * Fetches each path from `origin` and runs the checker over the HTML. Input: origin (e.g. http://localhost:3000),
 * paths. Output: the checker's messages of type "error" (warnings and info are left out), each with the page's
 * path, line, column and text. Throws when a page cannot be fetched or is not HTML, or when Java is missing.
 * @param {string} origin
 * @param {string[]} paths
 * @returns {Promise<{ page: string; line: number; column: number; message: string; extract?: string }[]>}
 */
export async function checkPages(origin, paths) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-html-"));
  try {
    const files = new Map();
    for (const [i, p] of paths.entries()) {
      const res = await fetch(new URL(p, origin), { redirect: "manual" });
      const type = res.headers.get("content-type") ?? "";
      if (!type.startsWith("text/html")) throw new Error(`${p}: ${res.status} ${type}, not an HTML page`);
      const file = path.join(dir, `page-${i}.html`);
      await writeFile(file, await res.text());
      files.set(file, p);
    }
    const output = await runChecker([...files.keys()]);
    return JSON.parse(output)
      .messages.filter((m) => m.type === "error" || m.subType === "fatal")
      .map((m) => ({
        page: files.get(decodeURIComponent(new URL(m.url).pathname)) ?? m.url,
        line: m.lastLine,
        column: m.firstColumn,
        message: m.message,
        extract: m.extract,
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runChecker(files) {
  return new Promise((resolve, reject) => {
    // Exit status 1 means "found errors": the JSON on stderr is the answer either way.
    execFile(process.env.JAVA ?? "java", ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && !stderr.trim().startsWith("{")) reject(new Error(`Nu HTML Checker failed to run: ${error.message}\n${stderr}`));
      else resolve(stderr);
    });
  });
}

/**
 * Messages as lines for a person: `path:line:column message`.
 * @param {{ page: string; line: number; column: number; message: string; extract?: string }[]} messages
 */
export function formatMessages(messages) {
  return messages.map((m) => `${m.page}:${m.line}:${m.column} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`).join("\n");
}
