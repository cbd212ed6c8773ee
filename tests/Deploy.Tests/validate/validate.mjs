// Validates Kubernetes objects read from stdin (YAML documents, as `kubectl kustomize` renders them, or JSON):
// built-in kinds against the Kubernetes OpenAPI schema kubernetes-models was generated from, custom resources against
// the openAPIV3Schema of their operator's CRD (the files in the directory given as the first argument), with unknown
// fields refused as the API server's strict field validation refuses them. A kind neither knows is a problem.
// Prints {"objects": [...], "problems": ["Kind/name: ..."]} as JSON; the tests decide what a problem means.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const crdDirectory = process.argv[2];
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

/** The kubernetes-models class for a built-in apiVersion and kind, or undefined. */
async function builtInModel(apiVersion, kind) {
  if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion)) return undefined;
  try {
    return (await import(`kubernetes-models/${apiVersion}`))[kind];
  } catch {
    return undefined;
  }
}

async function problemsOf(object) {
  const { apiVersion = "", kind = "" } = object;
  if (!object.metadata?.name) return ["no metadata.name"];
  const custom = customResources.get(`${apiVersion} ${kind}`);
  if (custom) {
    return custom(object) ? [] : custom.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
  }
  const Model = await builtInModel(apiVersion, kind);
  if (!Model) return [`unknown kind ${apiVersion} ${kind}: neither a Kubernetes kind nor one of the CRDs in ${crdDirectory}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

const input = readFileSync(0, "utf8");
const documents = parseAllDocuments(input);
const objects = documents.map((document) => document.toJS()).filter((object) => object !== null);
const problems = [];
for (const document of documents.filter((d) => d.errors.length > 0)) {
  problems.push(`not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
}
for (const object of objects) {
  for (const problem of await problemsOf(object)) {
    problems.push(`${object.kind}/${object.metadata?.name}: ${problem}`);
  }
}
process.stdout.write(JSON.stringify({ objects, problems }));
