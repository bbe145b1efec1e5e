import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { saveRoleAction, transitionRoleAction } from "@/lib/roles/admin/actions";
import { createStaffAction, updateStaffAction } from "@/lib/staff/actions";
import { actAs, snapshotAll } from "../support/staff";

// Issue 12, item 7: a server action called with anything but FormData (a hand-made body such as `[null,null]`)
// reached the code and ended in a 500, some without any session. Now it is a 404 before anything runs.
const actions = { saveRoleAction, transitionRoleAction, signInAction, createStaffAction, updateStaffAction } as Record<
  string,
  (prev: unknown, data: unknown) => Promise<unknown>
>;

describe("server actions with a malformed argument", () => {
  for (const [name, action] of Object.entries(actions)) {
    it(`${name}(null, x) is refused with notFound (404) and changes nothing`, async () => {
      actAs(null);
      const before = await snapshotAll();
      for (const arg of [null, undefined, "x", 42, { email: "a@b.c" }, [null]]) {
        await expect(action(null, arg)).rejects.toThrow("NEXT_NOT_FOUND");
      }
      expect(await snapshotAll()).toBe(before);
    });
  }
});
