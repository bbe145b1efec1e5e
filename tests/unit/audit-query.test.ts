import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "@/lib/audit/query";

describe("parseAuditQuery", () => {
  it("drops filters holding control characters (PostgreSQL text cannot store NUL)", () => {
    expect(parseAuditQuery({ actor: "\u0000", id: "a\u0007b" })).toEqual({ actor: undefined, id: undefined, action: undefined, entity: undefined, before: undefined });
    expect(parseAuditQuery({ actor: " alice@x.example " }).actor).toBe("alice@x.example");
  });
});
