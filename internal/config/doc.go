// Package config reads, decodes and validates shield.yaml, the configuration
// file of mcpshield.
//
// Decoding is strict and works on the YAML node tree (gopkg.in/yaml.v3), so
// every problem names the file, line, column and field path, as in
//
//	shield.yaml:12:5: servers.fs.command: must not be empty
//
// An unknown key, a duplicate key, a value of the wrong type and a bad value
// are all errors, and every problem in a file is reported at once as [Errors].
// Parsing and validation are pure: they read nothing but the bytes given (and,
// through the getenv function passed in, the environment), start nothing and
// touch no network.
//
// # Environment
//
// ${NAME} in any string value (and in sizes and durations written as
// strings) is replaced by the value of the environment variable NAME, so
// secrets need not be written in the file:
//
//	headers: {Authorization: "Bearer ${REMOTE_TOKEN}"}
//
// An unset variable is an error naming the field and line; a variable set to
// the empty string expands to nothing. $${ stands for a literal ${. Keys,
// integers and booleans are not expanded, and an expanded value is not
// expanded again.
//
// Three variables override top-level fields after the file is read (a
// variable set to the empty string is ignored):
//
//	MCPSHIELD_LISTEN     listen
//	MCPSHIELD_MODE       mode
//	MCPSHIELD_LOG_LEVEL  log.level
//
// MCPSHIELD_HOME chooses the state directory when the file sets no home (see
// [HomeDir]).
//
// # Secrets
//
// Header and environment values of upstream servers have type [Secret],
// which redacts itself when printed with fmt, logged with log/slog or
// marshalled as text, so printing a *Config never shows them.
//
// The JSON Schema of the file is schema/shield.schema.json at the root of
// the repository; a test keeps it in step with the Go types of this package.
package config
