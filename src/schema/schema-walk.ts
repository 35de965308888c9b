/** A JSON Schema as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * Calls `visit` for every object property in a schema, with its path: `levels`, `levels[].grade`,
 * `openings[].salary.min`. Looks through `items` and `anyOf`, where zod puts lists and nullable values.
 */
export function eachProperty(schema: JsonSchema, visit: Visitor, prefix = ''): void {
  const properties = schema['properties'];
  const required = Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
  if (isSchema(properties)) {
    for (const [key, property] of Object.entries(properties)) {
      if (!isSchema(property)) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      visit(path, property, required.includes(key));
      descend(property, path, visit);
    }
  }
}

/** Receives a property's path, its schema, and whether its object requires it. */
export type Visitor = (path: string, property: JsonSchema, required: boolean) => void;

function descend(schema: JsonSchema, path: string, visit: Visitor): void {
  eachProperty(schema, visit, path);
  const items = schema['items'];
  if (isSchema(items)) descend(items, `${path}[]`, visit);
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) for (const branch of anyOf) if (isSchema(branch)) descend(branch, path, visit);
}

/** True for a JSON object (not an array or null). */
export function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
