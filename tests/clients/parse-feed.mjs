// Parses the RSS or Atom feed on stdin with feedparser (an independent npm parser) and prints what
// it understood as JSON, or exits 1 with the parser's complaint. Used by the .NET feed tests.
import FeedParser from "feedparser";

const parser = new FeedParser({ strict: true, normalize: true, addmeta: false });
const items = [];
let meta = null;

parser.on("error", (error) => {
  console.error(`feedparser: ${error.message}`);
  process.exit(1);
});
parser.on("meta", (m) => { meta = m; });
parser.on("readable", () => {
  for (let item; (item = parser.read()); ) {
    items.push({
      title: item.title,
      link: item.link,
      guid: item.guid,
      published: item.pubdate && item.pubdate.toISOString(),
      summary: item.summary,
      description: item.description,
      authors: (item["dc:creator"] ? [].concat(item["dc:creator"]).map((c) => c["#"]) : [])
        .concat(item["atom:author"] ? [].concat(item["atom:author"]).map((a) => a.name && a.name["#"]) : []),
      categories: item.categories,
      image: item["media:content"] ? item["media:content"]["@"].url : null,
      credit: item["media:content"] && item["media:content"]["media:credit"] ? item["media:content"]["media:credit"]["#"] : null,
    });
  }
});
parser.on("end", () => {
  console.log(JSON.stringify({ type: meta["#type"], title: meta.title, link: meta.link, xmlurl: meta.xmlurl, items }));
});
process.stdin.pipe(parser);
