// Validates Kubernetes objects read from stdin (YAML documents, as `kubectl kustomize` renders them, or JSON):
// built-in kinds against the Kubernetes 1.31 OpenAPI definitions (the swagger.json given as the second argument),
// custom resources against the openAPIV3Schema of their operator's CRD (the files in the directory given as the first
// argument), with unknown fields refused as the API server's strict field validation refuses them. A kind neither
// knows is a problem.
// Prints {"objects": [...], "problems": ["Kind/name: ..."]} as JSON; the tests decide what a problem means.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const [crdDirectory, kubernetesSwagger] = process.argv.slice(2);
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/** The API server prunes or, under strict field validation, refuses a field its structural schema does not name. */
function refuseUnknownFields(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  for (const value of Object.values(schema)) refuseUnknownFields(value);
  if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    schema.additionalProperties = false;
  }
  return schema;
}

/** "group/version Kind" of every served version of every CRD in the directory, to its compiled schema. */
const customResources = new Map();
for (const file of readdirSync(crdDirectory).filter((name) => name.endsWith(".yaml"))) {
  for (const document of parseAllDocuments(readFileSync(join(crdDirectory, file), "utf8"))) {
    const crd = document.toJS();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const schema = refuseUnknownFields(structuredClone(version.schema.openAPIV3Schema));
      customResources.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(schema));
    }
  }
}

// Go's JSON decoding into the API types accepts more, and less, than the swagger's types and formats say: a quantity
// (the definition says only "string") is resource.ParseQuantity's grammar or a JSON number, an int-or-string an int32
// or a string, integers must fit their width, []byte must be base64 and a time RFC 3339. Each schema with such a
// format is replaced by what the decoding accepts.
const int32 = { type: "integer", minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };
const decoded = {
  int32,
  int64: { type: "integer", minimum: -(2 ** 63), maximum: 2 ** 63 - 1 },
  "int-or-string": { anyOf: [int32, { type: "string" }] },
  byte: { type: "string", pattern: "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$" },
  "date-time": { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" },
};
const quantity = {
  anyOf: [{ type: "number" }, { type: "string", pattern: "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([numkMGTPE]|[KMGTPE]i|[eE][+-]?\\d+)?$" }],
};

function asDecoded(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  for (const [key, value] of Object.entries(schema)) schema[key] = asDecoded(value);
  if (!Object.hasOwn(decoded, schema.format ?? "")) return schema;
  const { type, format, ...rest } = schema;
  return { ...rest, ...decoded[format] };
}

/** "group/version Kind" of every built-in kind (the core group's as "v1 Kind") to its definition's name. */
const { definitions } = JSON.parse(readFileSync(kubernetesSwagger, "utf8"));
definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"] = quantity;
const builtInKinds = new Map();
for (const [name, definition] of Object.entries(definitions)) {
  for (const { group, version, kind } of definition["x-kubernetes-group-version-kind"] ?? []) {
    builtInKinds.set(`${group ? `${group}/` : ""}${version} ${kind}`, name);
  }
}
ajv.addSchema(refuseUnknownFields(asDecoded({ definitions })), "kubernetes");

function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

function problemsOf(object) {
  const { apiVersion = "", kind = "" } = object;
  if (!object.metadata?.name) return ["no metadata.name"];
  const custom = customResources.get(`${apiVersion} ${kind}`);
  const builtIn = builtInKinds.get(`${apiVersion} ${kind}`);
  const validate = custom ?? (builtIn && ajv.getSchema(`kubernetes#/definitions/${builtIn}`));
  if (!validate) return [`unknown kind ${apiVersion} ${kind}: neither a Kubernetes 1.31 kind nor one of the CRDs in ${crdDirectory}`];
  // Go's decoding of a built-in kind leaves a field set to null unset, so the API server takes it as absent.
  const valid = validate(custom ? object : withoutNulls(object));
  return valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
}

const input = readFileSync(0, "utf8");
const documents = parseAllDocuments(input);
const objects = documents.map((document) => document.toJS()).filter((object) => object !== null);
const problems = [];
for (const document of documents.filter((d) => d.errors.length > 0)) {
  problems.push(`not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
}
for (const object of objects) {
  for (const problem of problemsOf(object)) {
    problems.push(`${object.kind}/${object.metadata?.name}: ${problem}`);
  }
}
process.stdout.write(JSON.stringify({ objects, problems }));
