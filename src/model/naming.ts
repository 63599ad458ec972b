/**
 * The naming rules behind derived names in the IR (tables, columns, FK
 * fields, join tables, index names). Pure and deterministic; emitters that
 * need the same conventions import them from here.
 */

/**
 * Memo of `snakeCase`, a pure function of a string called for every table,
 * column and index name. Bounded: names of ordinary length only, and when
 * full it starts over, so a long-lived process (watch mode, the language
 * server) never grows it without limit.
 */
const SNAKE_CACHE_LIMIT = 10_000;
const SNAKE_CACHE_MAX_NAME = 256;
const snakeCache = new Map<string, string>();

/** `OrderItem` → `order_item`, `customerId` → `customer_id`, `HTTPServer` → `http_server`. */
export function snakeCase(name: string): string {
  const cached = snakeCache.get(name);
  if (cached !== undefined) return cached;
  const snake = computeSnakeCase(name);
  if (name.length <= SNAKE_CACHE_MAX_NAME) {
    if (snakeCache.size >= SNAKE_CACHE_LIMIT) snakeCache.clear();
    snakeCache.set(name, snake);
  }
  return snake;
}

function computeSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
}

/** `cancelOrder` → `cancel-order`. */
export function kebabCase(name: string): string {
  return snakeCase(name).replace(/_/g, '-');
}

/** English plural by suffix rules: category → categories, box → boxes, order → orders. */
export function pluralize(word: string): string {
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The inverse of `pluralize` for common cases: followers → follower, categories → category. */
export function singularize(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && !/ss$/i.test(word)) return word.slice(0, -1);
  return word;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Default table name: snake_case plural of the entity name (`OrderItem` → `order_items`). */
export function tableName(entity: string): string {
  return pluralize(snakeCase(entity));
}

/** Default column name: snake_case of the field name. */
export function columnName(field: string): string {
  return snakeCase(field);
}

/** FK field name: relation field + capitalized key field (`customer` + `id` → `customerId`). */
export function foreignKeyName(relationField: string, keyField: string): string {
  return `${relationField}${upperFirst(keyField)}`;
}

/** Index name: `<table>_<columns>_idx`, or `_key` for unique indexes. */
export function indexName(table: string, columns: readonly string[], unique: boolean): string {
  return `${table}_${columns.join('_')}_${unique ? 'key' : 'idx'}`;
}

/** Implicit many-to-many join table: `<owner_entity>_<owner_field>` (`Post.tags` → `post_tags`). */
export function joinTableName(ownerEntity: string, ownerField: string): string {
  return `${snakeCase(ownerEntity)}_${snakeCase(ownerField)}`;
}
