import { highlightParts } from "@/lib/search/highlight";

/**
 * `text` with the stretches matching the keyword's pieces in <mark> (lib/search/highlight.ts). Text only: React
 * escapes every part, so markup in a title stays visible text.
 */
export function Highlighted({ text, pieces }: { text: string; pieces?: readonly string[] }) {
  if (!pieces?.length) return <>{text}</>;
  return (
    <>
      {highlightParts(text, pieces).map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700 dark:text-white" data-testid="highlight">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
