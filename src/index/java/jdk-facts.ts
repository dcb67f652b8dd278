/**
 * The few JDK facts a syntactic resolver needs to follow common chains. Deliberately small: anything
 * not listed stays unknown, and a rule matching through an unknown receiver says so (`name-only`).
 */

/** Return types of JDK methods, by `Type#method`. */
export const JDK_RETURN_TYPES: Readonly<Record<string, string>> = {
  'java.lang.System#currentTimeMillis': 'long',
  'java.lang.System#nanoTime': 'long',
  'java.lang.Runtime#getRuntime': 'java.lang.Runtime',
  'java.lang.Thread#currentThread': 'java.lang.Thread',
  'java.lang.String#valueOf': 'java.lang.String',
  'java.lang.String#format': 'java.lang.String',
  'java.lang.String#substring': 'java.lang.String',
  'java.lang.String#trim': 'java.lang.String',
  'java.lang.Object#toString': 'java.lang.String',
  'java.lang.Object#getClass': 'java.lang.Class',
  'java.lang.Class#forName': 'java.lang.Class',
  // Chains that refactor's own fixes produce must stay resolvable, or a re-scan would flag them again.
  'java.lang.Class#getDeclaredConstructor': 'java.lang.reflect.Constructor',
  'java.lang.Class#getConstructor': 'java.lang.reflect.Constructor',
  'java.math.RoundingMode#valueOf': 'java.math.RoundingMode',
  'java.lang.Integer#valueOf': 'java.lang.Integer',
  'java.lang.Long#valueOf': 'java.lang.Long',
  'java.lang.Short#valueOf': 'java.lang.Short',
  'java.lang.Byte#valueOf': 'java.lang.Byte',
  'java.lang.Double#valueOf': 'java.lang.Double',
  'java.lang.Float#valueOf': 'java.lang.Float',
  'java.lang.Boolean#valueOf': 'java.lang.Boolean',
  'java.lang.Character#valueOf': 'java.lang.Character',
  'java.math.BigDecimal#valueOf': 'java.math.BigDecimal',
  'java.math.BigDecimal#add': 'java.math.BigDecimal',
  'java.math.BigDecimal#subtract': 'java.math.BigDecimal',
  'java.math.BigDecimal#multiply': 'java.math.BigDecimal',
};

/** Types of JDK static fields, by `Type#FIELD` (`*` = any field of the type). */
export const JDK_FIELD_TYPES: Readonly<Record<string, string>> = {
  'java.math.BigDecimal#ROUND_UP': 'int',
  'java.math.BigDecimal#ROUND_DOWN': 'int',
  'java.math.BigDecimal#ROUND_CEILING': 'int',
  'java.math.BigDecimal#ROUND_FLOOR': 'int',
  'java.math.BigDecimal#ROUND_HALF_UP': 'int',
  'java.math.BigDecimal#ROUND_HALF_DOWN': 'int',
  'java.math.BigDecimal#ROUND_HALF_EVEN': 'int',
  'java.math.BigDecimal#ROUND_UNNECESSARY': 'int',
  'java.math.BigDecimal#ZERO': 'java.math.BigDecimal',
  'java.math.BigDecimal#ONE': 'java.math.BigDecimal',
  'java.math.BigDecimal#TEN': 'java.math.BigDecimal',
  'java.math.RoundingMode#*': 'java.math.RoundingMode',
  'java.lang.Integer#MAX_VALUE': 'int',
  'java.lang.Integer#MIN_VALUE': 'int',
  'java.lang.Long#MAX_VALUE': 'long',
  'java.lang.Long#MIN_VALUE': 'long',
  'java.lang.Boolean#TRUE': 'java.lang.Boolean',
  'java.lang.Boolean#FALSE': 'java.lang.Boolean',
};

/** Direct supertypes of JDK classes that legacy code meets as subclasses of a deprecated API's owner. */
export const JDK_SUPERTYPES: Readonly<Record<string, readonly string[]>> = {
  'java.sql.Date': ['java.util.Date'],
  'java.sql.Time': ['java.util.Date'],
  'java.sql.Timestamp': ['java.util.Date'],
  'java.util.GregorianCalendar': ['java.util.Calendar'],
  'java.util.Properties': ['java.util.Hashtable'],
  'java.util.Stack': ['java.util.Vector'],
};

export const PRIMITIVES: ReadonlySet<string> = new Set([
  'byte',
  'short',
  'char',
  'int',
  'long',
  'float',
  'double',
  'boolean',
  'void',
  'null',
]);
