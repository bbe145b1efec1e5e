import { z } from "zod";

/** The `correction` field of the list answers (lib/search/spelling.ts), shared by the roles' and the openings' list answers. */
export const spellingCorrection = z
  .object({
    q: z.string().meta({ description: "The corrected keyword these results are for" }),
    original: z.string().meta({ description: "The keyword as given, which found nothing" }),
  })
  .nullable()
  .meta({
    description:
      "Set when the keyword as given found nothing and the results are for a spelling one edit away (Latin words of 5+ letters); repeat with exact=1 to match as given. Null otherwise.",
  });
