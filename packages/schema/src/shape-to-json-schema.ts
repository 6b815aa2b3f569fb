import type { Shape, ShapePath, ShapeType } from './infer-shape.js';

/** Options of {@link shapeToJsonSchema}. */
export interface ShapeToJsonSchemaOptions {
  /** Require the properties present in every parent object seen (default `true`). */
  required?: boolean;
  /** Allow properties that were never seen (default `true`: Sentry adds fields over time). */
  additionalProperties?: boolean;
  /** Keep up to 3 example values per path as `examples` (default `true`). */
  examples?: boolean;
  /** The schema's `title` (default `"inferred shape of N payloads"`). */
  title?: string;
}

/** A JSON Schema (draft-07) object as written by {@link shapeToJsonSchema}. */
export type JsonSchema = { [keyword: string]: unknown };

const TYPE_ORDER: readonly ShapeType[] = ['object', 'array', 'string', 'number', 'boolean', 'null'];

interface Context {
  shape: Shape;
  children: Map<string, string[]>;
  options: Required<Omit<ShapeToJsonSchemaOptions, 'title'>>;
}

function childIndex(shape: Shape): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const path of Object.keys(shape.paths)) {
    if (path === '') continue;
    const parent = path.slice(0, path.lastIndexOf('/'));
    children.set(parent, [...(children.get(parent) ?? []), path]);
  }
  return children;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function objectKeywords(node: ShapePath, ctx: Context): JsonSchema {
  const kids = ctx.children.get(node.path) ?? [];
  const item = ctx.shape.paths[`${node.path}/*`];
  if (node.map) return { additionalProperties: item ? schemaOf(item, ctx) : true };
  const properties: [string, JsonSchema][] = [];
  const required: string[] = [];
  for (const path of kids) {
    const name = unescape(path.slice(path.lastIndexOf('/') + 1));
    if (path.slice(path.lastIndexOf('/') + 1).startsWith('*')) continue;
    const child = ctx.shape.paths[path];
    properties.push([name, schemaOf(child, ctx)]);
    if (ctx.options.required && child.count >= child.parents) required.push(name);
  }
  return {
    properties: Object.fromEntries(properties),
    ...(required.length > 0 ? { required } : {}),
    ...(ctx.options.additionalProperties ? {} : { additionalProperties: false }),
  };
}

/** `items` of an array: one schema, or `anyOf` the variants of a tagged list (each with its tag as a `const`). */
function itemKeywords(node: ShapePath, ctx: Context): JsonSchema {
  const variants: JsonSchema[] = [];
  for (const path of ctx.children.get(node.path) ?? []) {
    const last = path.slice(path.lastIndexOf('/') + 1);
    const tagged = /^\*\[([^=\]]+)=(.*)\]$/.exec(last);
    if (last !== '*' && !tagged) continue;
    const schema = schemaOf(ctx.shape.paths[path], ctx);
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    if (tagged && properties?.[tagged[1]])
      properties[tagged[1]] = { ...properties[tagged[1]], const: unescape(tagged[2]) };
    variants.push(schema);
  }
  if (variants.length === 0) return {};
  return { items: variants.length === 1 ? variants[0] : { anyOf: variants } };
}

function schemaOf(node: ShapePath, ctx: Context): JsonSchema {
  const types = TYPE_ORDER.filter((t) => node.types[t] !== undefined);
  const schema: JsonSchema = { type: types.length === 1 ? types[0] : types };
  if (types.includes('object')) Object.assign(schema, objectKeywords(node, ctx));
  if (types.includes('array') && !node.map) Object.assign(schema, itemKeywords(node, ctx));
  if (ctx.options.examples && node.examples.length > 0) schema.examples = [...node.examples];
  return schema;
}

/**
 * Writes an inferred shape as a JSON Schema (draft-07), so that users can pin the shape of their own exports:
 * every path seen becomes a property with the types seen, properties present in every parent are required,
 * arrays get `items`, maps (objects whose keys are data) get `additionalProperties`. Integers and fractions are
 * both `number`. Validates with ajv in strict mode (`allowUnionTypes`).
 * @param shape a shape from `inferShape`
 * @param options required (default `true`), additionalProperties (default `true`), examples (default `true`), title
 *   (default `"inferred shape of N payloads"`)
 * @example
 * const schema = shapeToJsonSchema(inferShape(exports), { additionalProperties: false });
 */
export function shapeToJsonSchema(
  shape: Shape,
  { required = true, additionalProperties = true, examples = true, title }: ShapeToJsonSchemaOptions = {},
): JsonSchema {
  const root = shape.paths[''];
  const ctx: Context = {
    shape,
    children: childIndex(shape),
    options: { required, additionalProperties, examples },
  };
  const heading: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: title ?? `inferred shape of ${shape.payloads} payload${shape.payloads === 1 ? '' : 's'}`,
  };
  if (shape.kind) heading.description = `sentry-offline ${shape.kind} payloads`;
  return { ...heading, ...(root ? schemaOf(root, ctx) : {}) };
}
