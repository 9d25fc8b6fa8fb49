// Package benchfmt defines the JSON document `goscipy bench` writes and
// `goscipy compare` reads: a versioned, self-describing record of one
// benchmark run, with everything that decides its numbers (the machine, the
// native libraries actually loaded, their thread settings and environment)
// next to the numbers themselves.
//
// A document is recognised by two fields, "format": "goscipy-bench" and
// an integer "schema_version". Read refuses anything else with an error
// wrapping ErrNotBench, so a stray JSON file is reported as such instead of
// being compared as an empty run.
//
// # Versioning
//
// SchemaVersion is bumped when a field changes meaning or is removed;
// adding a field does not bump it (readers ignore fields they do not know).
// Read accepts every version from 1 up to SchemaVersion and refuses newer
// ones, naming the version, so an old goscipy asked to compare a newer
// document says so instead of misreading it.
//
// # Numbers that JSON cannot hold
//
// An accuracy error can be NaN or infinite when a vendor is broken, and
// encoding/json refuses both. Float encodes them as the strings "NaN",
// "+Inf" and "-Inf" and decodes them back.
package benchfmt
