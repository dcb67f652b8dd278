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

/**
 * JDK methods that return one of their type's generic arguments, by `Type#method`: the argument's
 * position. `List<Date> dates; dates.get(0).getYear()` is then a call on a Date. Methods whose result
 * depends on the overload (`List.remove(int)` against `remove(Object)`) are left out.
 */
export const JDK_ELEMENT_RETURNS: Readonly<Record<string, number>> = {
  'java.util.List#get': 0,
  'java.util.List#set': 0,
  'java.util.Vector#elementAt': 0,
  'java.util.Vector#firstElement': 0,
  'java.util.Vector#lastElement': 0,
  'java.util.Stack#peek': 0,
  'java.util.Stack#pop': 0,
  'java.util.Stack#push': 0,
  'java.util.Queue#peek': 0,
  'java.util.Queue#poll': 0,
  'java.util.Queue#element': 0,
  'java.util.Deque#getFirst': 0,
  'java.util.Deque#getLast': 0,
  'java.util.Deque#peekFirst': 0,
  'java.util.Deque#peekLast': 0,
  'java.util.Deque#pollFirst': 0,
  'java.util.Deque#pollLast': 0,
  'java.util.Deque#removeFirst': 0,
  'java.util.Deque#removeLast': 0,
  'java.util.Deque#pop': 0,
  'java.util.Iterator#next': 0,
  'java.util.ListIterator#previous': 0,
  'java.util.Enumeration#nextElement': 0,
  'java.util.Map#get': 1,
  'java.util.Map#put': 1,
  'java.util.Map#remove': 1,
  'java.util.Map#getOrDefault': 1,
  'java.util.Map.Entry#getKey': 0,
  'java.util.Map.Entry#getValue': 1,
  'java.util.Optional#get': 0,
  'java.util.Optional#orElse': 0,
  'java.util.Optional#orElseGet': 0,
  'java.util.Optional#orElseThrow': 0,
  'java.lang.ThreadLocal#get': 0,
  'java.lang.ref.Reference#get': 0,
  'java.util.concurrent.atomic.AtomicReference#get': 0,
  'java.util.concurrent.Future#get': 0,
};

/**
 * JDK methods that return another generic type over some of their type's arguments, by `Type#method`:
 * `dates.stream()` on a `List<Date>` is a `Stream<Date>`, `map.values()` a `Collection` of the values.
 */
export const JDK_GENERIC_RETURNS: Readonly<Record<string, { type: string; args: readonly number[] }>> = {
  'java.lang.Iterable#iterator': { type: 'java.util.Iterator', args: [0] },
  'java.util.Collection#stream': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.Collection#parallelStream': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.List#listIterator': { type: 'java.util.ListIterator', args: [0] },
  'java.util.List#subList': { type: 'java.util.List', args: [0] },
  'java.util.Vector#elements': { type: 'java.util.Enumeration', args: [0] },
  'java.util.Map#keySet': { type: 'java.util.Set', args: [0] },
  'java.util.Map#values': { type: 'java.util.Collection', args: [1] },
  'java.util.Hashtable#keys': { type: 'java.util.Enumeration', args: [0] },
  'java.util.Hashtable#elements': { type: 'java.util.Enumeration', args: [1] },
  'java.util.stream.Stream#filter': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#sorted': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#distinct': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#limit': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#skip': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#peek': { type: 'java.util.stream.Stream', args: [0] },
  'java.util.stream.Stream#findFirst': { type: 'java.util.Optional', args: [0] },
  'java.util.stream.Stream#findAny': { type: 'java.util.Optional', args: [0] },
  'java.util.stream.Stream#min': { type: 'java.util.Optional', args: [0] },
  'java.util.stream.Stream#max': { type: 'java.util.Optional', args: [0] },
  'java.util.Optional#filter': { type: 'java.util.Optional', args: [0] },
};

/**
 * JDK methods that take one lambda, by `Type#method`: for each of the lambda's parameters, the position
 * of the type argument it receives. `dates.forEach(d -> d.getHours())` calls `getHours` on a Date.
 */
export const JDK_LAMBDA_PARAMS: Readonly<Record<string, readonly number[]>> = {
  'java.lang.Iterable#forEach': [0],
  'java.util.Iterator#forEachRemaining': [0],
  'java.util.Collection#removeIf': [0],
  'java.util.List#replaceAll': [0],
  'java.util.List#sort': [0, 0],
  'java.util.Map#forEach': [0, 1],
  'java.util.Map#replaceAll': [0, 1],
  'java.util.Map#compute': [0, 1],
  'java.util.Map#computeIfPresent': [0, 1],
  'java.util.Map#computeIfAbsent': [0],
  'java.util.Map#merge': [1, 1],
  'java.util.Optional#ifPresent': [0],
  'java.util.Optional#filter': [0],
  'java.util.Optional#map': [0],
  'java.util.Optional#flatMap': [0],
  'java.util.stream.Stream#forEach': [0],
  'java.util.stream.Stream#forEachOrdered': [0],
  'java.util.stream.Stream#filter': [0],
  'java.util.stream.Stream#map': [0],
  'java.util.stream.Stream#mapToInt': [0],
  'java.util.stream.Stream#mapToLong': [0],
  'java.util.stream.Stream#mapToDouble': [0],
  'java.util.stream.Stream#flatMap': [0],
  'java.util.stream.Stream#peek': [0],
  'java.util.stream.Stream#anyMatch': [0],
  'java.util.stream.Stream#allMatch': [0],
  'java.util.stream.Stream#noneMatch': [0],
  'java.util.stream.Stream#sorted': [0, 0],
};

/**
 * Direct supertypes of JDK classes that legacy code meets as subclasses of a deprecated API's owner, or
 * as collections whose element methods are above. Every generic type here passes its own arguments on
 * in the same order (`ArrayList<E> implements List<E>`, `HashMap<K,V> implements Map<K,V>`), which is
 * what lets `JDK_ELEMENT_RETURNS` read a subtype's arguments.
 */
export const JDK_SUPERTYPES: Readonly<Record<string, readonly string[]>> = {
  'java.sql.Date': ['java.util.Date'],
  'java.sql.Time': ['java.util.Date'],
  'java.sql.Timestamp': ['java.util.Date'],
  'java.util.GregorianCalendar': ['java.util.Calendar'],
  'java.util.Properties': ['java.util.Hashtable'],
  'java.util.Stack': ['java.util.Vector'],
  'java.util.Vector': ['java.util.List'],
  'java.util.ArrayList': ['java.util.List'],
  'java.util.LinkedList': ['java.util.List', 'java.util.Deque'],
  'java.util.concurrent.CopyOnWriteArrayList': ['java.util.List'],
  'java.util.ArrayDeque': ['java.util.Deque'],
  'java.util.Deque': ['java.util.Queue'],
  'java.util.PriorityQueue': ['java.util.Queue'],
  'java.util.ListIterator': ['java.util.Iterator'],
  'java.util.List': ['java.util.Collection'],
  'java.util.Set': ['java.util.Collection'],
  'java.util.Queue': ['java.util.Collection'],
  'java.util.Collection': ['java.lang.Iterable'],
  'java.util.HashSet': ['java.util.Set'],
  'java.util.LinkedHashSet': ['java.util.HashSet'],
  'java.util.TreeSet': ['java.util.NavigableSet'],
  'java.util.NavigableSet': ['java.util.SortedSet'],
  'java.util.SortedSet': ['java.util.Set'],
  'java.util.Hashtable': ['java.util.Map'],
  'java.util.HashMap': ['java.util.Map'],
  'java.util.LinkedHashMap': ['java.util.HashMap'],
  'java.util.TreeMap': ['java.util.NavigableMap'],
  'java.util.NavigableMap': ['java.util.SortedMap'],
  'java.util.SortedMap': ['java.util.Map'],
  'java.util.concurrent.ConcurrentHashMap': ['java.util.concurrent.ConcurrentMap'],
  'java.util.concurrent.ConcurrentMap': ['java.util.Map'],
  'java.lang.ref.WeakReference': ['java.lang.ref.Reference'],
  'java.lang.ref.SoftReference': ['java.lang.ref.Reference'],
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
