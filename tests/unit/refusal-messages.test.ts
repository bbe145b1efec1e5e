import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { SERVICE_MESSAGES } from "@/lib/roles/admin/refusal-messages";

/** Fixed (non-template) refusal messages written in a source file: RoleError, OpeningError, AccessDenied and `refused:` values. */
function fixedRefusals(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const patterns = [
    /new (?:Role|Opening)Error\("(?:not_found|duplicate_submission|invalid_state|slug_locked)",\s*"([^"]+)"[,)]/g,
    /new AccessDenied\(403,\s*"([^"]+)"\)/g,
    /refused:\s*"([^"]+)"/g,
  ];
  return patterns.flatMap((re) => [...src.matchAll(re)].map((m) => m[1]!));
}

const get = (tree: unknown, key: string) => key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);

describe("refusal messages shown in the admin (lib/roles/admin/refusal-messages.ts)", () => {
  it("has a translation key for every fixed refusal the admin services, the workflow and the session checks raise", () => {
    const raised = [
      ...fixedRefusals("lib/roles/admin/service.ts"),
      ...fixedRefusals("lib/openings/admin/service.ts"),
      ...fixedRefusals("lib/workflow/transitions.ts"),
      ...fixedRefusals("lib/auth/session.ts"),
      ...fixedRefusals("lib/auth/roles.ts"),
    ];
    expect(raised.length).toBeGreaterThan(8);
    // `Only an ${min} may do this.` with min = "admin" (the only role above editor).
    raised.push("Only an admin may do this.");
    expect(raised.filter((m) => !(m in SERVICE_MESSAGES))).toEqual([]);
  });

  it("maps each to a message that exists in both languages", () => {
    for (const key of Object.values(SERVICE_MESSAGES)) {
      expect(typeof get(MESSAGES.en.admin, key), key).toBe("string");
      expect(typeof get(MESSAGES.zh.admin, key), key).toBe("string");
    }
  });
});
