// Validates rendered Kubernetes manifests offline, in three ways (.ci/k8s-check):
//  1. the JSON schema of each object's API type, from the kubernetes-models package (types,
//     required fields, enums, formats): new Deployment(obj).validate();
//  2. the TypeScript interface of that type (IDeployment, ...), compiled with tsc: an object
//     literal may only have known fields, so a misspelt field fails here, which (1) lets through;
//  3. what k8s/README.md promises of these manifests: replicas, probes on the management port,
//     requests and limits, non-root, a read-only root with /tmp writable, references that resolve.
//
// Usage: node validate.mjs NAME=FILE.yaml ... (a name per rendered set: base, example, secret)
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { parseAllDocuments } from "yaml";

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);
const errors = [];
const fail = (set, message) => errors.push(`${set}: ${message}`);

function modelPath({ apiVersion, kind }) {
  // kubernetes-models lays its types out as <group>/<version>/<Kind>, the core group as v1/<Kind>.
  return `kubernetes-models/${apiVersion}/${kind}`;
}

const sets = process.argv.slice(2).map((arg) => {
  const [name, file] = arg.split("=");
  const objects = parseAllDocuments(readFileSync(file, "utf8"))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((o) => o !== null);
  return { name, file, objects };
});

// 1. JSON schema.
let checked = 0;
for (const { name, objects } of sets) {
  for (const obj of objects) {
    const id = `${obj.kind}/${obj.metadata?.name}`;
    let Model;
    try {
      Model = require(modelPath(obj))[obj.kind];
    } catch {
      fail(name, `${id}: no API type ${obj.apiVersion} ${obj.kind} in kubernetes-models`);
      continue;
    }
    try {
      new Model(obj).validate();
      checked++;
    } catch (e) {
      fail(name, `${id}: ${e.message}`);
    }
  }
}

// 2. Known fields only, through the TypeScript interfaces.
// Inside node_modules, so that tsc resolves kubernetes-models from there.
const work = mkdtempSync(path.join(here, "node_modules", ".k8s-types-"));
try {
  const lines = [];
  const where = [];
  sets.forEach(({ name, objects }, s) =>
    objects.forEach((obj, i) => {
      const type = `T${s}_${i}`;
      lines.push(`import type { I${obj.kind} as ${type} } from "${modelPath(obj)}";`);
      lines.push(...`export const o${s}_${i}: ${type} = ${JSON.stringify(obj, null, 1)};`.split("\n"));
      where.push([lines.length, `${name}: ${obj.kind}/${obj.metadata?.name}`]);
    }),
  );
  const source = path.join(work, "manifests.ts");
  writeFileSync(source, lines.join("\n"));
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve("typescript/bin/tsc"),
        "--noEmit", "--strict", "--skipLibCheck", "--module", "node16",
        "--moduleResolution", "node16", source,
      ],
      { cwd: here, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (e) {
    for (const line of `${e.stdout}`.split("\n").filter((l) => l.includes("error TS"))) {
      const at = Number(line.match(/\((\d+),/)?.[1]);
      const object = (where.find(([end]) => at <= end) || [0, "?"])[1];
      errors.push(`${object}: ${line.replace(/^.*?error /, "")}`);
    }
    if (!`${e.stdout}`.includes("error TS")) fail("tsc", `${e.stdout}${e.stderr}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3. What the manifests promise.
for (const { name, objects } of sets) {
  const of = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, n) => of(kind).find((o) => o.metadata.name === n);
  if (name === "secret") {
    const [secret] = of("Secret");
    const keys = Object.keys(secret?.stringData || {});
    for (const key of ["QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
      "AGENDAWIJZER_BOOTSTRAP_KEY"]) {
      if (!keys.includes(key)) fail(name, `the Secret template lacks ${key}`);
    }
    for (const [key, value] of Object.entries(secret?.stringData || {})) {
      if (value !== "REPLACE-ME") fail(name, `${key} is not the placeholder REPLACE-ME`);
    }
    continue;
  }
  for (const kind of ["Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
    "PodDisruptionBudget", "NetworkPolicy"]) {
    if (of(kind).length !== 1) fail(name, `expected one ${kind}, found ${of(kind).length}`);
  }
  if (of("Secret").length) fail(name, "a Secret is applied with the manifests; use the template");
  const deployment = of("Deployment")[0];
  if (!deployment) continue;
  const spec = deployment.spec;
  const pod = spec.template.spec;
  const labels = spec.template.metadata.labels;
  const selects = (selector) =>
    Object.entries(selector || {}).every(([k, v]) => labels[k] === v) &&
    Object.keys(selector || {}).length > 0;
  if (!(spec.replicas >= 2)) fail(name, `Deployment replicas ${spec.replicas}, not at least 2`);
  if (!selects(spec.selector.matchLabels)) fail(name, "the Deployment selects other pods");
  if (pod.securityContext?.runAsNonRoot !== true) fail(name, "pod runAsNonRoot is not true");
  // The image's user (quarkus.jib.user, scripts/base-image.py); .ci/image-check runs it as 185.
  if (pod.securityContext?.runAsUser !== 185) fail(name, "pod runAsUser is not 185, the image's user");
  if (pod.automountServiceAccountToken !== false) fail(name, "the service account token is mounted");
  const annotations = spec.template.metadata.annotations || {};
  if (annotations["prometheus.io/port"] !== "9000" || annotations["prometheus.io/path"] !== "/q/metrics") {
    fail(name, "Prometheus is not pointed at /q/metrics on port 9000");
  }
  for (const c of pod.containers) {
    const sc = c.securityContext || {};
    if (sc.readOnlyRootFilesystem !== true) fail(name, `${c.name}: root filesystem not read-only`);
    if (sc.allowPrivilegeEscalation !== false) fail(name, `${c.name}: privilege escalation allowed`);
    if (!(sc.capabilities?.drop || []).includes("ALL")) fail(name, `${c.name}: capabilities kept`);
    for (const r of ["cpu", "memory"]) {
      if (!c.resources?.requests?.[r]) fail(name, `${c.name}: no ${r} request`);
      if (!c.resources?.limits?.[r]) fail(name, `${c.name}: no ${r} limit`);
    }
    const ports = Object.fromEntries((c.ports || []).map((p) => [p.name, p.containerPort]));
    if (ports.http !== 8080 || ports.management !== 9000) {
      fail(name, `${c.name}: ports ${JSON.stringify(ports)}, not http 8080 and management 9000`);
    }
    for (const [probe, health] of [["startupProbe", "started"], ["livenessProbe", "live"],
      ["readinessProbe", "ready"]]) {
      const get = c[probe]?.httpGet;
      if (get?.path !== `/q/health/${health}` || get?.port !== "management") {
        fail(name, `${c.name}: ${probe} is not GET /q/health/${health} on port management`);
      }
    }
    const tmp = (c.volumeMounts || []).find((m) => m.mountPath === "/tmp");
    const volume = tmp && (pod.volumes || []).find((v) => v.name === tmp.name);
    if (!volume?.emptyDir) fail(name, `${c.name}: /tmp is not an emptyDir`);
    for (const from of c.envFrom || []) {
      if (from.configMapRef && !named("ConfigMap", from.configMapRef.name)) {
        fail(name, `${c.name}: ConfigMap ${from.configMapRef.name} is not among the manifests`);
      }
      if (from.secretRef && from.secretRef.name !== "agendawijzer-secrets") {
        fail(name, `${c.name}: Secret ${from.secretRef.name} is not the template's`);
      }
    }
  }
  const service = of("Service")[0];
  if (service && !selects(service.spec.selector)) fail(name, "the Service selects no pod");
  const hpa = of("HorizontalPodAutoscaler")[0];
  if (hpa && (hpa.spec.scaleTargetRef.name !== deployment.metadata.name || !(hpa.spec.minReplicas >= 2))) {
    fail(name, "the HorizontalPodAutoscaler does not keep the Deployment at 2 or more");
  }
  const pdb = of("PodDisruptionBudget")[0];
  if (pdb && !selects(pdb.spec.selector.matchLabels)) fail(name, "the PodDisruptionBudget selects no pod");
  const policy = of("NetworkPolicy")[0];
  if (policy && !selects(policy.spec.podSelector.matchLabels)) fail(name, "the NetworkPolicy selects no pod");
  for (const ingress of of("Ingress")) {
    for (const rule of ingress.spec.rules || []) {
      for (const p of rule.http?.paths || []) {
        const backend = named("Service", p.backend.service?.name);
        const port = p.backend.service?.port;
        if (!backend || !backend.spec.ports.some((sp) => sp.name === port?.name || sp.port === port?.number)) {
          fail(name, `Ingress ${ingress.metadata.name}: backend ${JSON.stringify(p.backend)} is not a Service port`);
        }
        if (port?.name === "management" || port?.number === 9000) {
          fail(name, `Ingress ${ingress.metadata.name} exposes the management port`);
        }
      }
    }
  }
}

const total = sets.reduce((n, s) => n + s.objects.length, 0);
for (const e of errors) console.error(`INVALID ${e}`);
console.log(
  `${sets.map((s) => `${s.name}: ${s.objects.map((o) => o.kind).join(", ")}`).join("\n")}\n` +
    `${checked} of ${total} objects valid against their API schema, ` +
    `${errors.length} problem(s) in all`,
);
process.exit(errors.length ? 1 : 0);
