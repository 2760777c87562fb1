/**
 * @module RSS 2.0, RSS 1.0 (RDF) and Atom feeds (fast-xml-parser): one article per item, with the
 * item's title, link, date and text (content:encoded, content, description or summary, without its
 * HTML). An item that cannot be an article (no text, no date) is one failure, named by its position.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { InputError } from '../core/errors.js';
import { dayOf } from './html.js';
import { articleFromValue, type LineResult } from './jsonl.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: '#cdata' });

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const textOf = (x: unknown): string => {
  if (x === null || x === undefined) return '';
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  const o = x as Record<string, unknown>;
  return textOf(o['#cdata'] ?? o['#text'] ?? '');
};
/** Text of an HTML fragment, paragraphs as blank-line-separated blocks. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<html><body>${html.replace(/<\/(p|div|li|h\d|blockquote)>|<br\s*\/?>/gi, (m) => `${m}\n\n`)}</body></html>`);
  return (document.body.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

export function isFeed(content: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(content.slice(0, 2000));
}

/** Parses a feed into one result per item. */
export function* parseFeed(xml: string, file: string, fallbackDate: string | null): Generator<LineResult> {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    yield { ok: false, error: new InputError(`malformed feed XML: ${(e as Error).message.split('\n')[0]}`, { file }, 'give an RSS or Atom feed') };
    return;
  }
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  const rdf = doc['rdf:RDF'] as { item?: unknown } | undefined;
  const atom = doc.feed as { entry?: unknown } | undefined;
  const items = list((rss?.channel?.item ?? rdf?.item ?? atom?.entry) as Record<string, unknown> | Array<Record<string, unknown>> | undefined);
  if (!rss && !rdf && !atom) {
    yield { ok: false, error: new InputError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)', { file }, 'give an RSS or Atom feed') };
    return;
  }
  let k = 0;
  for (const item of items) {
    k++;
    const links = list(item.link as unknown);
    const link = links.map((l) => (typeof l === 'object' && l ? String((l as Record<string, unknown>)['@href'] ?? textOf(l)) : textOf(l))).find(Boolean) ?? null;
    const body = textOf(item['content:encoded']) || textOf(item.content) || textOf(item.description) || textOf(item.summary);
    const value = {
      id: textOf(item.guid) || textOf(item.id) || link || undefined,
      title: htmlToText(textOf(item.title)) || null,
      url: link,
      date: dayOf(textOf(item.pubDate) || textOf(item.published) || textOf(item.updated) || textOf(item['dc:date'])) ?? undefined,
      text: htmlToText(body),
    };
    const r = articleFromValue(value, { file, line: null }, fallbackDate, `item[${k}].`);
    yield r;
  }
}
