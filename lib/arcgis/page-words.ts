import { parse } from 'node-html-parser';

// node-html-parser rather than our own tag stripping: it decodes entities (&amp;, &#39;, &nbsp;)
// and knows which elements hold no visible text, which a regular expression gets wrong.

/** How many characters of a page's visible text stand for it when it has no title. */
const PAGE_WORDS_MAX = 200;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  return text.length > PAGE_WORDS_MAX ? `${text.slice(0, PAGE_WORDS_MAX - 1).trimEnd()}…` : text;
}

function looksLikeHtml(text: string, contentType: string | undefined): boolean {
  return /html|xml/i.test(contentType ?? '') || /^\s*</.test(text);
}

/**
 * What a non-JSON answer says, in words a person can match to what they see in a browser: an HTML
 * page's title, or the first PAGE_WORDS_MAX characters of its visible text when it has none; any
 * other text as it came (clipped to the same length). Empty string for an empty or wordless body.
 */
export function pageWords(text: string, contentType: string | undefined): string {
  if (!looksLikeHtml(text, contentType)) return clip(collapse(text));
  const root = parse(text);
  const title = collapse(root.querySelector('title')?.text ?? '');
  if (title) return clip(title);
  for (const hidden of root.querySelectorAll('head, script, style, noscript, template')) hidden.remove();
  const visible = (root.querySelector('body') ?? root).structuredText.replace(/^<!doctype[^>]*>/i, '');
  return clip(collapse(visible));
}
