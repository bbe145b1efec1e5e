import type { ComponentProps } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";

/**
 * The links a description may carry: absolute http(s) and mailto only. Anything else (javascript:, data:, vbscript:,
 * relative or protocol-relative URLs, obfuscated schemes) is dropped and the link text stays as plain text.
 */
export function safeHref(url: string): string {
  const trimmed = url.trim();
  return /^(https?:\/\/[^/\\\s]|mailto:[^\s])/i.test(trimmed) ? trimmed : "";
}

// GitHub's sanitising schema (hast-util-sanitize), narrowed: no images (no remote requests from visitors'
// browsers), links only http(s) and mailto. Raw HTML in the Markdown is dropped (skipHtml; no rehype-raw), so the
// sanitiser is a second line of defence for whatever Markdown itself produces.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "picture", "source", "input"].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: [], cite: ["http", "https"] },
};

// Tailwind's preflight resets list-style and padding on every ul/ol, so Markdown lists would lose their bullets
// and numbers; the description's own lists get them back here (one place for the public page and the preview).
function List({ ordered, node: _node, ...props }: ComponentProps<"ul"> & { ordered: boolean; node?: unknown }) {
  return ordered ? (
    <ol {...(props as ComponentProps<"ol">)} className="list-decimal space-y-1 pl-6" />
  ) : (
    <ul {...props} className="list-disc space-y-1 pl-6" />
  );
}

function Link({ href, children }: ComponentProps<"a">) {
  const safe = href ? safeHref(href) : "";
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} rel="nofollow noopener noreferrer ugc" className="text-blue-700 underline dark:text-blue-300">
      {children}
    </a>
  );
}

/**
 * A listing description written by staff in Markdown, rendered safely for the public page and the admin preview:
 * react-markdown (no raw HTML) through rehype-sanitize, links restricted by safeHref.
 */
export function Markdown({ children, lang, className }: { children: string; lang?: string; className?: string }) {
  return (
    <div lang={lang} className={className ?? "prose-description space-y-3"} data-testid="markdown">
      <ReactMarkdown
        skipHtml
        urlTransform={safeHref}
        rehypePlugins={[[rehypeSanitize, schema]]}
        components={{
          a: Link,
          ul: (props) => <List ordered={false} {...props} />,
          ol: (props) => <List ordered {...(props as ComponentProps<"ul">)} />,
          blockquote: ({ node: _node, ...props }) => <blockquote {...props} className="border-l-4 border-slate-300 pl-3 dark:border-slate-700" />,
        }}
        disallowedElements={["img"]}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
