import { Ajv, type ErrorObject, type FormatDefinition, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Finding } from './types.js';
import { describeValue, jsonType } from './util/describe-value.js';
import { hoistSubschemas } from './util/hoist-subschemas.js';
import { isCommonDateTime } from './util/is-common-date-time.js';
import { fromPointer } from './util/pointer.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object. The interop lives here only.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// inlineRefs: false keeps each hoisted subschema (see hoistSubschemas) in a function of its own. validateSchema:
// false spares every run the compilation of the draft-07 meta-schema (20 ms); test/hoist-subschemas.test.ts checks
// our schemas against it instead. code.optimize: false skips ajv's passes over the generated code, a quarter of the
// event schema's compilation, for no measurable loss when the code runs (V8 drops the dead code itself).
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  inlineRefs: false,
  validateSchema: false,
  code: { optimize: false },
});
// ajv-formats' full RFC 3339 date-time, behind a fast path for the form Sentry writes (it accepts nothing the full
// check refuses)
const fullDateTime = addFormats.get('date-time') as FormatDefinition<string> & {
  validate: (s: string) => boolean;
};
ajv.addFormat('date-time', {
  ...fullDateTime,
  validate: (s: string) => isCommonDateTime(s) || fullDateTime.validate(s),
});

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles one of our own schemas, once (its object subschemas hoisted into functions of their own). */
export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(hoistSubschemas(schema as Record<string, unknown>));
    compiled.set(schema, validate);
  }
  return validate;
}

/** Runs a compiled schema and returns its errors as findings, without exposing ajv's mutable `errors`. */
export function schemaFindings(schema: object, value: unknown): Finding[] {
  const validate = compileSchema(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).filter((e) => !isCombinatorNoise(e)).map((e) => toFinding(e, value));
}

function isCombinatorNoise(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if';
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function toFinding(error: ErrorObject, root: unknown): Finding {
  const pointer = error.instancePath;
  const found = valueAt(root, pointer);
  const params = error.params as Record<string, unknown>;
  const message = (() => {
    switch (error.keyword) {
      case 'required':
        return `has no "${String(params.missingProperty)}" (required)`;
      case 'type': {
        const expected = String(params.type).split(',').join(' or ');
        const shown =
          found === null || typeof found === 'object'
            ? describeValue(found)
            : `${jsonType(found)} ${describeValue(found)}`;
        return `expected ${expected}, found ${shown}`;
      }
      case 'enum':
        return `${describeValue(found)} is not one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
        return `${describeValue(found)} should be ${String(params.comparison)} ${String(params.limit)}`;
      case 'minItems':
      case 'maxItems':
        return `a list of ${(found as unknown[]).length} should have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} items`;
      case 'format':
        return `${describeValue(found)} is not a valid ${String(params.format)}`;
      case 'pattern':
        return `${describeValue(found)} does not match ${String(params.pattern)}`;
      default:
        return error.message ?? `fails ${error.keyword}`;
    }
  })();
  return { pointer, keyword: error.keyword, message, severity: 'error' };
}
