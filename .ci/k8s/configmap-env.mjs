// Prints the data of the ConfigMaps in a rendered kustomization as NAME=VALUE lines, one a line:
// .ci/image-check runs the image with the base's settings, as the Deployment's envFrom would.
// Usage: node configmap-env.mjs RENDERED.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

for (const doc of parseAllDocuments(readFileSync(process.argv[2], "utf8"))) {
  const obj = doc.toJS();
  if (obj?.kind !== "ConfigMap") continue;
  for (const [name, value] of Object.entries(obj.data || {})) {
    if (/[\n\r]/.test(value)) throw new Error(`${name}: a value on more than one line`);
    console.log(`${name}=${value}`);
  }
}
