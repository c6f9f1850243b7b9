// Runs calls through Ghost's official Content API client (@tryghost/content-api) against a running
// server. Usage: node ghost-content.mjs URL KEY < calls.json, where calls is
// [{ "resource": "posts", "method": "browse" | "read", "data": {...}, "options": {...} }].
// Prints one result per call: { "value": ..., "meta": ... } or { "error": message, "type": ghost error type }.
import GhostContentAPI from "@tryghost/content-api";

const [url, key] = process.argv.slice(2);
const api = new GhostContentAPI({ url, key, version: "v5.0" });
const calls = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => { text += chunk; });
  process.stdin.on("end", () => resolve(text));
}));

const results = [];
for (const call of calls) {
  const resource = api[call.resource];
  try {
    const value = call.method === "read"
      ? await resource.read(call.data, call.options || {})
      : await resource.browse(call.options || {});
    results.push({ value: Array.isArray(value) ? [...value] : value, meta: value.meta || null });
  } catch (error) {
    results.push({ error: error.message, type: error.type || error.name });
  }
}
console.log(JSON.stringify(results));
