type Schema = Record<string, unknown>;

/** Keywords whose value is one subschema. */
const ONE = ['items', 'additionalItems', 'additionalProperties', 'contains', 'not', 'if', 'then', 'else'];
/** Keywords whose value is a list of subschemas. */
const LIST = ['items', 'allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', 'dependentSchemas'];

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A subschema worth a function of its own: an object schema with properties, and nothing that ties it to a place. */
function isHoistable(schema: Schema): boolean {
  const type = schema.type;
  const object = type === 'object' || (Array.isArray(type) && type.includes('object'));
  return (
    object && isSchema(schema.properties) && !('$id' in schema) && !('$ref' in schema) && !('$defs' in schema)
  );
}

/**
 * Rewrites a schema so that each object subschema with properties is a `$defs` entry, used through `$ref`: the
 * same object used in several places becomes one entry. Ajv, compiling with `inlineRefs: false`, then writes one
 * small function per entry instead of one function holding every copy, which V8 refuses to optimise once its
 * bytecode passes 60 KB (the event schema's did: 120 KB of source). What the schema accepts, and every error's
 * `instancePath`, `keyword` and `params`, stay the same. Only applicator keywords are walked, so `const`, `enum`,
 * `default` and `examples` values are never taken for schemas. Returns the schema itself when nothing is hoisted;
 * never mutates it.
 */
export function hoistSubschemas(root: Schema): Schema {
  if ('$defs' in root) return root;
  const names = new Map<Schema, string>();
  const defs: Record<string, Schema> = {};
  const rewrite = (schema: Schema, isRoot: boolean): Schema => {
    if (!isRoot && isHoistable(schema)) {
      let name = names.get(schema);
      if (name === undefined) {
        name = `s${names.size}`;
        names.set(schema, name);
        defs[name] = rewrite(schema, true);
      }
      return { $ref: `#/$defs/${name}` };
    }
    return rewriteMembers(schema, (s) => rewrite(s, false));
  };
  const body = rewrite(root, true);
  return names.size === 0 ? root : { ...body, $defs: defs };
}

/** A copy of `schema` with each subschema under an applicator keyword passed through `visit`. */
function rewriteMembers(schema: Schema, visit: (s: Schema) => Schema): Schema {
  const out: Schema = { ...schema };
  for (const k of ONE) if (isSchema(schema[k])) out[k] = visit(schema[k]);
  for (const k of LIST) {
    const list = schema[k];
    if (Array.isArray(list)) out[k] = list.map((s: unknown) => (isSchema(s) ? visit(s) : s));
  }
  for (const k of MAP) {
    const map = schema[k];
    if (!isSchema(map)) continue;
    out[k] = Object.fromEntries(Object.entries(map).map(([name, s]) => [name, isSchema(s) ? visit(s) : s]));
  }
  return out;
}
