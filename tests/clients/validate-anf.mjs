// Validates the Apple News Format article.json on stdin against anf/article.schema.json with Ajv (an
// independent JSON Schema validator) and prints {"errors": [...]}, empty when the document conforms.
import { readFileSync } from "node:fs";
import Ajv from "ajv";

const schema = JSON.parse(readFileSync(new URL("./anf/article.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const article = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const valid = validate(article);
console.log(JSON.stringify({ errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`) }));
