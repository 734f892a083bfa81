// Reads every CSV resource of a running service's /v1/exports/datapackage.json the way a
// Frictionless Data implementation does (datapackage + tableschema): each value cast to the type
// its field declares, the primary key checked, the foreign keys resolved. Fails on the first cast
// error, on a resource without rows, or on an invalid package.
//
// Usage: node check.mjs http://localhost:8080/v1/exports/datapackage.json
import { Package } from 'datapackage';

const url = process.argv[2];
if (!url) {
  console.error('usage: node check.mjs <datapackage.json URL>');
  process.exit(2);
}

const dp = await Package.load(url);
if (!dp.valid) {
  console.error('datapackage.json is not a valid data package:');
  for (const error of dp.errors) console.error(`  ${error.message}`);
  process.exit(1);
}

let failed = 0;
for (const resource of dp.resources) {
  const name = resource.name;
  try {
    // relations: every foreign key must point to a row of the resource it names.
    const rows = await resource.read({ keyed: true, relations: true });
    if (rows.length === 0) {
      console.error(`${name}: no rows, so its types were not checked`);
      failed++;
      continue;
    }
    const fields = resource.schema.fields.map((f) => `${f.name}:${f.type}`).join(', ');
    console.log(`${name}: ${rows.length} rows read with their types (${fields})`);
  } catch (error) {
    failed++;
    console.error(`${name}: ${error.message}`);
    for (const e of error.errors || []) console.error(`  ${e.message}`);
  }
}
if (failed > 0) {
  console.error(`${failed} of ${dp.resources.length} resources could not be read with their types`);
  process.exit(1);
}
console.log(`all ${dp.resources.length} resources read with their declared types`);
