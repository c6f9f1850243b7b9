// Validates the sitemap (or sitemap index) on stdin with fast-xml-parser, an independent npm parser,
// and prints what it read as JSON: the root, its entries, and their image and news extensions found
// by namespace URI rather than by prefix. Exits 1 with the validator's complaint. Used by the .NET sitemap tests.
import { XMLParser, XMLValidator } from "fast-xml-parser";

const Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
const Image = "http://www.google.com/schemas/sitemap-image/1.1";
const News = "http://www.google.com/schemas/sitemap-news/0.9";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const xml = Buffer.concat(chunks).toString("utf8");

const valid = XMLValidator.validate(xml);
if (valid !== true) {
  console.error(`fast-xml-parser: ${valid.err.code} at ${valid.err.line}:${valid.err.col}: ${valid.err.msg}`);
  process.exit(1);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name, jpath, leaf, attribute) => !attribute && /^(urlset\.url|sitemapindex\.sitemap|urlset\.url\.[^.]+:image)$/.test(jpath),
});
const document = parser.parse(xml);
const root = ["urlset", "sitemapindex"].find((name) => document[name] !== undefined);
if (!root || document[root]["@xmlns"] !== Sitemap) {
  console.error(`not a sitemaps.org 0.9 document: root ${root ?? Object.keys(document).join(",")}`);
  process.exit(1);
}

const top = document[root];
const prefixOf = (uri) => Object.keys(top).find((key) => key.startsWith("@xmlns:") && top[key] === uri)?.slice("@xmlns:".length);
const image = prefixOf(Image);
const news = prefixOf(News);
const entries = (top[root === "urlset" ? "url" : "sitemap"] ?? []).map((entry) => ({
  loc: entry.loc,
  lastmod: entry.lastmod ?? null,
  images: image ? (entry[`${image}:image`] ?? []).map((i) => ({ loc: i[`${image}:loc`], caption: i[`${image}:caption`] ?? null, title: i[`${image}:title`] ?? null })) : [],
  news: news && entry[`${news}:news`] ? {
    name: entry[`${news}:news`][`${news}:publication`][`${news}:name`],
    language: entry[`${news}:news`][`${news}:publication`][`${news}:language`],
    date: entry[`${news}:news`][`${news}:publication_date`],
    title: entry[`${news}:news`][`${news}:title`],
  } : null,
}));
console.log(JSON.stringify({ root, bytes: Buffer.byteLength(xml), entries }));
